/* TRUTH: racy. get() returns &counter; two threads increment *get() without a lock. */
#include <pthread.h>
static int counter;
static int *get(void) { return &counter; }
static void *worker(void *x) { (void)x; (*get())++; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, worker, NULL);
  pthread_create(&t2, NULL, worker, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return counter;
}
