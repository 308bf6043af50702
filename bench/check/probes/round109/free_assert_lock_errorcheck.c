/* TRUTH: free — assert(lock==0) on errorcheck m (no NDEBUG); lock always succeeds, x always under m */
#define _GNU_SOURCE
#include <assert.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static int x;

static void *A(void *a) {
  (void)a;
  int rc = pthread_mutex_lock(&m);
  assert(rc == 0);
  x++;
  rc = pthread_mutex_unlock(&m);
  assert(rc == 0);
  (void)rc;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, A, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", x);
  return 0;
}
