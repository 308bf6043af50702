/* TRUTH: racy — errorcheck m; A never locked it, so unlock fails (EPERM) and must-fail helper returns; x=1 unprotected vs main x=2 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static int x;

static void must(int rc) {
  if (rc != 0)
    return;
  pthread_exit(0);
}

static void *A(void *a) {
  (void)a;
  must(pthread_mutex_unlock(&m));
  x = 1;
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
