/* TRUTH: free — main: must-fail(pthread_create) -> create succeeds so main pthread_exits; x=2 in main never runs */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

static int x;

static void must(int rc) {
  if (rc != 0)
    return;
  pthread_exit(0);
}

static void *A(void *a) {
  (void)a;
  x = 1;
  printf("%d\n", x);
  return 0;
}

int main(void) {
  pthread_t t;
  must(pthread_create(&t, 0, A, 0));
  x = 2;
  pthread_join(t, 0);
  return 0;
}
