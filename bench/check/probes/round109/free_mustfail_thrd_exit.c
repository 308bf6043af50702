/* TRUTH: free — C11: helper returns only on failure, thrd_exit on thrd_success; mtx_lock succeeds so x=1 never runs */
#define _GNU_SOURCE
#include <stdio.h>
#include <threads.h>

static mtx_t m;
static int x;

static void must(int rc) {
  if (rc != thrd_success)
    return;
  thrd_exit(0);
}

static int A(void *a) {
  (void)a;
  must(mtx_lock(&m));
  x = 1;
  mtx_unlock(&m);
  return 0;
}

int main(void) {
  mtx_init(&m, mtx_plain);
  thrd_t t;
  thrd_create(&t, A, 0);
  x = 2;
  thrd_join(t, 0);
  printf("%d\n", x);
  return 0;
}
