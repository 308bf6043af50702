/* TRUTH: free — quit_unless(ok) -> leave_if(!ok); called with the lock result (0 = success) it always ends the worker */
#include <pthread.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void quit_unless(int ok) { leave_if(!ok); }
static void *worker(void *a) {
  (void)a;
  quit_unless(pthread_mutex_lock(&mu));
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
