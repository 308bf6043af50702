/* TRUTH: free — pthread_timedjoin_np retried until it returns 0, then x accessed */
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th; struct timespec ts; pthread_create(&th, 0, t, 0);
  do { clock_gettime(CLOCK_REALTIME, &ts); ts.tv_sec += 1; } while (pthread_timedjoin_np(th, 0, &ts) != 0);
  x++;
  printf("%d\n", x); return 0;
}
