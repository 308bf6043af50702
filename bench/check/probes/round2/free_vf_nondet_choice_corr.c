/* TRUTH: free. One thread is created, w1 (writes x) or w2 (writes y); main writes the
   other variable, chosen by the same unchanged local c, before joining. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x, y;
void *w1(void *arg) { x = 1; return NULL; }
void *w2(void *arg) { y = 1; return NULL; }
int main(void) {
  pthread_t t;
  int c = __VERIFIER_nondet_int();
  if (c) pthread_create(&t, NULL, w1, NULL); else pthread_create(&t, NULL, w2, NULL);
  if (c) y = 2; else x = 2;
  pthread_join(t, NULL);
  return x + y;
}
