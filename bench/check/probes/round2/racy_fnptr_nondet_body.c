/* TRUTH: racy. The thread body is chosen by a nondet value, but both candidates write x
   and two threads run the same body. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w1(void *arg) { x = 1; return NULL; }
void *w2(void *arg) { x++; return NULL; }
int main(void) {
  void *(*body)(void *) = __VERIFIER_nondet_int() ? w1 : w2;
  pthread_t a, b;
  pthread_create(&a, NULL, body, NULL);
  pthread_create(&b, NULL, body, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return x;
}
