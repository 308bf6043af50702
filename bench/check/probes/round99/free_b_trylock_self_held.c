/* TRUTH: free — the worker already holds mu, so trylock returns EBUSY and leave_if ends it before shared++ */
#include <pthread.h>
#include <errno.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  pthread_mutex_lock(&mu);
  leave_if(pthread_mutex_trylock(&mu) == EBUSY);
  shared++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
