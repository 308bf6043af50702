/* TRUTH: free — an exit helper called through a function pointer with !lock_result (== 1) always ends the worker */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void (*on_check)(int) = leave_if;
static void *worker(void *a) {
  (void)a;
  on_check(!pthread_mutex_lock(&mu));
  shared++;
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
