/* TRUTH: free — robust m: A dies holding m; B joins A, then lock returns EOWNERDEAD and B owns m; x accesses ordered by join and m */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m;
static pthread_t ta;
static int x;

static void *A(void *a) {
  (void)a;
  pthread_mutex_lock(&m);
  x = 1;
  return 0; /* dies holding m */
}

static void *B(void *a) {
  (void)a;
  pthread_join(ta, 0);
  int r = pthread_mutex_lock(&m);
  if (r == EOWNERDEAD)
    pthread_mutex_consistent(&m);
  else if (r != 0)
    return 0;
  x = 2;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_setrobust(&at, PTHREAD_MUTEX_ROBUST);
  pthread_mutex_init(&m, &at);
  pthread_t tb;
  pthread_create(&ta, 0, A, 0);
  pthread_create(&tb, 0, B, 0);
  pthread_join(tb, 0);
  printf("%d\n", x);
  return 0;
}
