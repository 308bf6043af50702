/* TRUTH: racy — errorcheck relock fails (EDEADLK) so must-fail helper returns; A unlocks, then x=1 unprotected vs B under m */
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
  pthread_mutex_lock(&m);
  must(pthread_mutex_lock(&m));
  pthread_mutex_unlock(&m);
  x = 1;
  return 0;
}

static void *B(void *a) {
  (void)a;
  pthread_mutex_lock(&m);
  x = 2;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, B, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", x);
  return 0;
}
