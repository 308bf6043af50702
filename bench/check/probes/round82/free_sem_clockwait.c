/* TRUTH: free — sem_clockwait retried until success gives hand-off after sem_post */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <stdio.h>
sem_t s; int data;
void *p(void *a) { data = 4; sem_post(&s); return 0; }
int main(void) {
  pthread_t th; struct timespec ts; sem_init(&s, 0, 0);
  pthread_create(&th, 0, p, 0);
  do { clock_gettime(CLOCK_MONOTONIC, &ts); ts.tv_sec += 1; } while (sem_clockwait(&s, CLOCK_MONOTONIC, &ts) != 0);
  data++;
  printf("%d\n", data);
  pthread_join(th, 0); return 0;
}
