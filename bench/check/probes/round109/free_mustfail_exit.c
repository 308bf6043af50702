/* TRUTH: free — must() returns only on failure, else exit(0); lock succeeds so x=1 in A is never executed */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void must(int rc) {
  if (rc != 0)
    return;
  exit(0);
}

static void *A(void *a) {
  (void)a;
  usleep(1000);
  must(pthread_mutex_lock(&m));
  x = 1;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, A, 0);
  x = 2;
  pthread_join(t, 0);
  return x;
}
