/* TRUTH: free — robust m: B joins A (died holding m); lock "fails" with EOWNERDEAD yet B owns m; x=3 is ordered after A's x=1 */
#define _GNU_SOURCE
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
  if (pthread_mutex_lock(&m) != 0) { /* EOWNERDEAD: we own m */
    x = 3;
    pthread_mutex_consistent(&m);
    pthread_mutex_unlock(&m);
    return 0;
  }
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
