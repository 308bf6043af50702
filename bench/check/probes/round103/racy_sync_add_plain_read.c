/* TRUTH: racy — the worker increments with __sync_fetch_and_add but the observer reads 'hits' with a plain load */
#include <pthread.h>

int hits;
int snapshot;

void *worker(void *arg) {
  for (int i = 0; i < 4; i++)
    __sync_fetch_and_add(&hits, 1);
  return 0;
}

void *observer(void *arg) {
  snapshot = hits;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, observer, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return snapshot;
}
