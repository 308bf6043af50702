/* TRUTH: free — outer() calls inner() which waits on the condition variable for ready; x is read only after outer() returns */
#include <pthread.h>
int x; int ready; int out; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void inner(void) {
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
}
static void outer(void) { inner(); }
void *t(void *a) {
  outer();
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 11;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_broadcast(&c);
  pthread_mutex_unlock(&m);
  pthread_join(th, 0);
  return out;
}
