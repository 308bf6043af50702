/* TRUTH: free — pthread_clockjoin_np retried until success */
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th; struct timespec ts; pthread_create(&th, 0, t, 0);
  do { clock_gettime(CLOCK_MONOTONIC, &ts); ts.tv_sec += 1; } while (pthread_clockjoin_np(th, 0, CLOCK_MONOTONIC, &ts) != 0);
  x++;
  printf("%d\n", x); return 0;
}
