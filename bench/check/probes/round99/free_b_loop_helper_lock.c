/* TRUTH: free — drain(n) exits at the first pass when n <= 0; called with the lock result 0 it always ends the worker */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void drain(int n) {
  for (int i = 0; i < 3; i++)
    if (i >= n) pthread_exit(0);
}
static void *worker(void *a) {
  (void)a;
  drain(pthread_mutex_lock(&mu));
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
