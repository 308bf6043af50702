/* TRUTH: free — each instance writes x under m on both values of its own v */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) {
  int v = __VERIFIER_nondet_int();
  if (v) pthread_mutex_lock(&m);
  if (v) x++;
  if (v) pthread_mutex_unlock(&m);
  if (!v) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); }
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
