/* TRUTH: racy — leave_if's exit is in the branch for c < 0; the lock result 0 takes the other branch */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if_negative(int c) { if (c < 0) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  leave_if_negative(pthread_mutex_lock(&mu));
  pthread_mutex_unlock(&mu);
  shared++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
