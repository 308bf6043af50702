/* TRUTH: racy. fail() longjmps out of a callee; the landing branch writes g with no lock. */
#include <pthread.h>
#include <setjmp.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void fail(jmp_buf *e) { pthread_mutex_unlock(&m); longjmp(*e, 1); }
static void *w(void *v) {
  (void)v;
  jmp_buf env;
  if (setjmp(env) == 0) {
    pthread_mutex_lock(&m);
    fail(&env);
  }
  g = 1;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
