/* TRUTH: racy — pm points to a different mutex m2 */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_t *pm = &m2; int cnt;
void *t1(void *a) { pthread_mutex_lock(&m); cnt++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *a) { pthread_mutex_lock(pm); cnt++; pthread_mutex_unlock(pm); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
