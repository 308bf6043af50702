/* TRUTH: free. `calls` is _Thread_local: each thread has its own copy. */
#include <pthread.h>
_Thread_local int calls;
void *worker(void *arg) { calls++; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  calls++;
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return calls;
}
