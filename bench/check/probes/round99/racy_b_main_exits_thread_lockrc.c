/* TRUTH: racy — main leaves its thread on the (inverted) lock result; workers are never joined and race on shared */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  shared++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker, 0);
  pthread_create(&t2, 0, worker, 0);
  leave_if(pthread_mutex_lock(&mu) == 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
