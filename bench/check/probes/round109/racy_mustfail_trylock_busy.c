/* TRUTH: racy — helper exits on success, returns on EBUSY; A's trylock fails while B holds m, A writes x unprotected */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void must(int rc) {
  if (rc == 0)
    pthread_exit(0);
  if (rc == EBUSY)
    return;
  exit(1);
}

static void *B(void *a) {
  (void)a;
  pthread_mutex_lock(&m);
  x = 5;
  usleep(200000);
  pthread_mutex_unlock(&m);
  return 0;
}

static void *A(void *a) {
  (void)a;
  usleep(50000);
  must(pthread_mutex_trylock(&m));
  x = 1;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t2, 0, B, 0);
  pthread_create(&t1, 0, A, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", x);
  return 0;
}
