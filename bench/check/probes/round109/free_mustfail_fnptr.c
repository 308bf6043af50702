/* TRUTH: free — must-fail helper called via function pointer; lock succeeds so A exits, x=1 unreachable */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void must(int rc) {
  if (rc != 0)
    return;
  pthread_exit(0);
}
static void (*volatile chk)(int) = must;

static void *A(void *a) {
  (void)a;
  chk(pthread_mutex_lock(&m));
  x = 1;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, A, 0);
  x = 2;
  pthread_join(t, 0);
  printf("%d\n", x);
  return 0;
}
