/* TRUTH: racy — active macro (the #else) creates twice; #if 0 single version skipped */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

#if 0
#define SPAWN(h) pthread_create(&(h), 0, w, 0)
#else
#define SPAWN(h) (pthread_create(&(h), 0, w, 0), pthread_create(&(h), 0, w, 0))
#endif
int main(void) {
  if (SPAWN(t) != 0) return 1;
  pthread_join(t, 0);
  x = 2;
  return 0;
}
