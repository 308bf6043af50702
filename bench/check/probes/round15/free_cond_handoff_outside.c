/* Race-free: the worker writes result before locking and setting done; main reads result after seeing done under the same mutex. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
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
  pthread_create(&t, NULL, worker, (void *)(long)(argc + 4));
  pthread_mutex_lock(&m);
  while (!done) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  printf("%ld\n", result);
  pthread_detach(t);
  return 0;
}
