/* TRUTH: free — rc = pthread_mutex_lock(&mu) is 0 (mu is free), so leave_if(rc == 0) always ends the worker before shared++ */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  int rc = pthread_mutex_lock(&mu);
  leave_if(rc == 0);
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
