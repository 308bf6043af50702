/* TRUTH: racy — main releases 'instance' before its own unlocked write, so the worker's trylock can succeed and both write shared */
#include <pthread.h>
static pthread_mutex_t instance = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  leave_if(pthread_mutex_trylock(&instance) != 0);
  shared = 1;
  pthread_mutex_unlock(&instance);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_mutex_lock(&instance);
  pthread_create(&t, 0, worker, 0);
  pthread_mutex_unlock(&instance);
  shared = 2;
  pthread_join(t, 0);
  return 0;
}
