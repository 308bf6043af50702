/* TRUTH: racy — die_if(1) calls exit(), which runs report() reading 'shared' while the worker may still be writing it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int shared;
static void report(void) { printf("%d\n", shared); }
static void die_if(int c) { if (c) exit(0); }
static void *worker(void *a) {
  (void)a;
  shared = 42;
  return 0;
}
int main(void) {
  pthread_t t;
  atexit(report);
  pthread_create(&t, 0, worker, 0);
  die_if(1);
  pthread_join(t, 0);
  return 0;
}
