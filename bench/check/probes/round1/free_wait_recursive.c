/* TRUTH: free. main waits for the worker through a recursive polling function that reads
   `ready` under the lock; only then does it read `value` (ordered by the mutex). */
#include <pthread.h>
#include <stdio.h>
int value, ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void wait_ready(void) {
  pthread_mutex_lock(&m);
  int r = ready;
  pthread_mutex_unlock(&m);
  if (!r) wait_ready();
}
void *worker(void *arg) {
  value = 5;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  wait_ready();
  printf("%d\n", value);
  return 0;
}
