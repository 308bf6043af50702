/* TRUTH: free — 'hits = hits + 1' on an _Atomic int is an atomic load then an atomic store: updates may be lost, but no data race */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

_Atomic int hits;
_Atomic long bytes;

static void *worker(void *arg) {
  long sz = (long)arg;
  for (int i = 0; i < 1000; i++) {
    hits = hits + 1;
    bytes = bytes + sz;
  }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)3L);
  pthread_create(&b, NULL, worker, (void *)5L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d %ld\n", hits, bytes);
  return 0;
}
