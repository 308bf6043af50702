/* TRUTH: free — both threads call inc(&m1, &hits): hits++ always under m1 */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int hits;
static void inc(pthread_mutex_t *l, int *v) { pthread_mutex_lock(l); (*v)++; pthread_mutex_unlock(l); }
void *f1(void *a) { inc(&m1, &hits); return 0; }
void *f2(void *a) { inc(&m1, &hits); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return hits;
}
