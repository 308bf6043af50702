/* racy: lock taken when c, but the write is guarded by an independent d; with d && !c, x++ runs unlocked */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *p) {
  (void)p;
  int c = __VERIFIER_nondet_int();
  int d = __VERIFIER_nondet_int();
  if (c) pthread_mutex_lock(&m);
  if (d) x++;
  if (c) pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
