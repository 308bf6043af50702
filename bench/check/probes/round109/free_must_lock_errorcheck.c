/* TRUTH: free — errorcheck m, each lock/unlock succeeds (no relock); must() exits on failure; x always under m */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m;
static int x;

static void must(int rc) { if (rc != 0) exit(1); }

static void *A(void *a) {
  (void)a;
  must(pthread_mutex_lock(&m));
  x++;
  must(pthread_mutex_unlock(&m));
  return 0;
}

int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
  pthread_mutex_init(&m, &at);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, A, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", x);
  return 0;
}
