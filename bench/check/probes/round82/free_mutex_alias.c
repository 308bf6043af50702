/* TRUTH: free — both threads lock the same mutex, one via &m and one via a pointer alias pm */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_t *pm = &m; int cnt;
void *t1(void *a) { pthread_mutex_lock(&m); cnt++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *a) { pthread_mutex_lock(pm); cnt++; pthread_mutex_unlock(pm); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
