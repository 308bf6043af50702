/* TRUTH: racy — leave_if exits only when c && !debugging, and debugging is 1: leave_if(1) returns, both write shared */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
static int debugging = 1;
static void leave_if(int c) { if (c && !debugging) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  leave_if(1);
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
