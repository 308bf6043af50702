/* TRUTH: racy — LEAVE_IF is compiled to nothing (NDEBUG-style), so the worker goes on to shared++ */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
#define QUIET 1
#if QUIET
#define LEAVE_IF(c) ((void)0)
#else
#define LEAVE_IF(c) do { if (c) pthread_exit(0); } while (0)
#endif
static void *worker(void *a) {
  (void)a;
  LEAVE_IF(1);
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
