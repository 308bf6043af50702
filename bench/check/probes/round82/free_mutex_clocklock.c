/* TRUTH: free — pthread_mutex_clocklock with far deadline; increments only on success */
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int cnt;
void *w(void *a) { struct timespec ts; for (int i = 0; i < 500; i++) { clock_gettime(CLOCK_MONOTONIC, &ts); ts.tv_sec += 100; if (pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &ts) == 0) { cnt++; pthread_mutex_unlock(&m); } } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
