/* TRUTH: racy — pthread_cancel(pthread_self()) with deferred cancellation only acts at a cancellation point; shared++ still runs */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
static void stop_if(int c) { if (c) pthread_cancel(pthread_self()); }
static void *worker(void *a) {
  (void)a;
  stop_if(1);
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
