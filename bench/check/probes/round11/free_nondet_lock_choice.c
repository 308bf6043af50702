// free: the lock index is chosen nondeterministically once in main before threads start, so all threads use the same lock.
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int shared;
int c;
void *w(void *a) {
  pthread_mutex_lock(&locks[c]);
  shared++;
  pthread_mutex_unlock(&locks[c]);
  return 0;
}
int main(void) {
  c = __VERIFIER_nondet_int() ? 1 : 0;
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
