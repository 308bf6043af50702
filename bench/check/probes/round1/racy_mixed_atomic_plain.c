/* TRUTH: racy. The worker updates `hits` atomically, but main reads it with a plain
   (non-atomic) load concurrently: a data race. */
#include <pthread.h>
int hits;
void *worker(void *arg) { __atomic_fetch_add(&hits, 1, __ATOMIC_SEQ_CST); return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, worker, NULL);
  int v = hits;
  pthread_join(a, NULL);
  return v;
}
