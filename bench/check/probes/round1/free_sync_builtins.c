/* TRUTH: free. Every access to `hits` is a __sync/__atomic builtin (atomic), so no
   data race even though `hits` is a plain int. */
#include <pthread.h>
int hits;
void *worker(void *arg) { __sync_fetch_and_add(&hits, 1); __atomic_add_fetch(&hits, 2, __ATOMIC_RELAXED); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  int v = __atomic_load_n(&hits, __ATOMIC_SEQ_CST);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return v;
}
