/* TRUTH: free — must() returns only if lock failed; lock succeeds so A exits and x=1 is unreachable */
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

static void *A(void *a) {
  (void)a;
  must(pthread_mutex_lock(&m));
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
