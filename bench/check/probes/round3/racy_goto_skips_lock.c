/* TRUTH: racy. A nondet goto jumps past the lock straight to the increment. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  int held = 0;
  if (__VERIFIER_nondet_int()) goto work;
  pthread_mutex_lock(&m);
  held = 1;
work:
  g++;
  if (held) pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
