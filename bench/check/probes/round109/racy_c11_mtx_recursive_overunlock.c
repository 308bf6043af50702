/* TRUTH: racy — C11 recursive mtx: lock,lock,unlock,unlock releases m; A's x++ after is unprotected */
#define _GNU_SOURCE
#include <stdio.h>
#include <threads.h>

static mtx_t m;
static int x;

static int A(void *a) {
  (void)a;
  mtx_lock(&m);
  mtx_lock(&m);
  mtx_unlock(&m);
  mtx_unlock(&m);
  x++;
  return 0;
}

static int B(void *a) {
  (void)a;
  mtx_lock(&m);
  x++;
  mtx_unlock(&m);
  return 0;
}

int main(void) {
  mtx_init(&m, mtx_plain | mtx_recursive);
  thrd_t t1, t2;
  thrd_create(&t1, A, 0);
  thrd_create(&t2, B, 0);
  thrd_join(t1, 0);
  thrd_join(t2, 0);
  printf("%d\n", x);
  mtx_destroy(&m);
  return 0;
}
