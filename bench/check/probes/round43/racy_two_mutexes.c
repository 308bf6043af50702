/* TRUTH: racy — t1 writes shared under m1, t2 writes shared under m2: different locks, no ordering */
#include <pthread.h>
int shared;
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
void *f1(void *a) { pthread_mutex_lock(&m1); shared = 1; pthread_mutex_unlock(&m1); return 0; }
void *f2(void *a) { pthread_mutex_lock(&m2); shared = 2; pthread_mutex_unlock(&m2); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, f1, 0);
  pthread_create(&b, 0, f2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return shared;
}
