/* TRUTH: racy. The else branch (reached by longjmp after unlocking) increments g unlocked. */
#include <pthread.h>
#include <setjmp.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  jmp_buf env;
  if (!setjmp(env)) {
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    longjmp(env, 1);
  } else {
    g++;
  }
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
