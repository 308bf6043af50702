/* TRUTH: racy — inc() locks the mutex it is passed: t1 passes &m1, t2 passes &m2, both increment hits */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int hits;
static void inc(pthread_mutex_t *l, int *v) { pthread_mutex_lock(l); (*v)++; pthread_mutex_unlock(l); }
void *f1(void *a) { inc(&m1, &hits); return 0; }
void *f2(void *a) { inc(&m2, &hits); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return hits;
}
