// racy: each thread picks a lock nondeterministically; the two threads may pick different locks and both write shared.
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int shared;
void *w(void *a) {
  int c = __VERIFIER_nondet_int() ? 1 : 0;
  pthread_mutex_lock(&locks[c]);
  shared++;
  pthread_mutex_unlock(&locks[c]);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
