/* TRUTH: free. g++ under m, longjmp back with m held, else branch unlocks. jmp_buf is local. */
#include <pthread.h>
#include <setjmp.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  jmp_buf env;
  if (!setjmp(env)) {
    pthread_mutex_lock(&m);
    g++;
    longjmp(env, 1);
  } else {
    pthread_mutex_unlock(&m);
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
