/* TRUTH: racy. maybe_release() unlocks when c != 0; g++ then runs without m. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void maybe_release(int c) { if (c) pthread_mutex_unlock(&m); }
static void *w(void *v) {
  (void)v;
  int c = __VERIFIER_nondet_int();
  pthread_mutex_lock(&m);
  maybe_release(c);
  g++;
  if (!c) pthread_mutex_unlock(&m);
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
