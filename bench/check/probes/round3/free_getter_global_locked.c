/* TRUTH: free. get() returns &counter; both increments under m. */
#include <pthread.h>
static int counter;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int *get(void) { return &counter; }
static void *worker(void *x) {
  (void)x;
  pthread_mutex_lock(&m);
  (*get())++;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, worker, NULL);
  pthread_create(&t2, NULL, worker, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return counter;
}
