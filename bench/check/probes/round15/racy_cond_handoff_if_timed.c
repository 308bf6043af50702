/* Racy: main uses a timed wait and reads result even when the wait timed out before the worker finished. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
long result;
int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *worker(void *arg) {
  long n = (long)arg;
  long r = 1;
  for (long i = 2; i <= n; i++) r *= i;
  result = r;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  pthread_t t;
  struct timespec ts;
  pthread_create(&t, NULL, worker, (void *)(long)(argc + 4));
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_nsec = 0;
  pthread_mutex_lock(&m);
  if (!done) pthread_cond_timedwait(&cv, &m, &ts);
  pthread_mutex_unlock(&m);
  printf("%ld\n", result);
  pthread_join(t, NULL);
  return 0;
}
