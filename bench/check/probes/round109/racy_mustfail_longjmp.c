/* TRUTH: racy — must() longjmps on success; A resumes at setjmp and writes x=1 (m held) vs main x=2 unlocked */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static jmp_buf env; /* used by thread A only */

static void must(int rc) {
  if (rc != 0)
    return;
  longjmp(env, 1);
}

static void *A(void *a) {
  (void)a;
  if (setjmp(env)) {
    x = 1;
    pthread_mutex_unlock(&m);
    return 0;
  }
  must(pthread_mutex_lock(&m));
  x = 3;
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
