/* TRUTH: free — grab() returns pthread_mutex_lock's result (0); leave_if(grab() == 0) always ends the worker */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static int grab(void) { return pthread_mutex_lock(&mu); }
static void *worker(void *a) {
  (void)a;
  leave_if(grab() == 0);
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
