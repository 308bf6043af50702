/* TRUTH: free — 0.5 converts to _Bool 1, so leave_if always exits */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
static void leave_if(_Bool c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  leave_if(0.5);
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
