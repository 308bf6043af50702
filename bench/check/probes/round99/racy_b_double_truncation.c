/* TRUTH: racy — 0.5 converts to int 0 for leave_if's parameter, so it never exits */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
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
