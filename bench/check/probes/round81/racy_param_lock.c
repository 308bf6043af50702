/* TRUTH: racy — helper inc(lk) locks the mutex passed in; worker passes &m1, main passes &m2: x protected by different locks */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int x;
static void inc(pthread_mutex_t *lk) { pthread_mutex_lock(lk); x++; pthread_mutex_unlock(lk); }
void *w(void *a) { inc(&m1); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  inc(&m2);
  pthread_join(t, 0);
  return x;
}
