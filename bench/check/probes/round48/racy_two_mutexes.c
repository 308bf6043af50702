/* TRUTH: racy — the two threads protect x with different mutexes */
#include <pthread.h>
int x; pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
void *a1(void *a) { pthread_mutex_lock(&m1); x++; pthread_mutex_unlock(&m1); return 0; }
void *a2(void *a) { pthread_mutex_lock(&m2); x++; pthread_mutex_unlock(&m2); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, a1, 0);
  pthread_create(&b, 0, a2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
