/* TRUTH: free — pthread_mutex_timedlock with a far-future deadline; access only on success */
#include <pthread.h>
#include <time.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int cnt;
void *w(void *a) { struct timespec ts; for (int i = 0; i < 1000; i++) { clock_gettime(CLOCK_REALTIME, &ts); ts.tv_sec += 100; if (pthread_mutex_timedlock(&m, &ts) == 0) { cnt++; pthread_mutex_unlock(&m); } } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
