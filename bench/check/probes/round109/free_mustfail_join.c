/* TRUTH: free — must-fail(pthread_join): join succeeds (A done) so main pthread_exits; x=2 never runs and would be ordered anyway */
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
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, A, 0);
  must(pthread_join(t, 0));
  x = 2;
  printf("%d\n", x);
  return 0;
}
