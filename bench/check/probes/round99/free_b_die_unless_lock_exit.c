/* TRUTH: free — die_unless(pthread_mutex_lock(...)) calls exit(1) because the lock returns 0 (success); the worker never reaches 'shared = 2'; main only reads it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared = 1;
static void die_unless(int ok, const char *what) {
  if (!ok) { perror(what); exit(1); }
}
static void *worker(void *a) {
  (void)a;
  die_unless(pthread_mutex_lock(&mu), "pthread_mutex_lock");
  shared = 2;
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  int seen = shared;
  pthread_join(t, 0);
  return seen;
}
