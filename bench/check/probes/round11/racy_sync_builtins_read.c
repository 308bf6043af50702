// racy: the monitor thread reads hits with a plain load while workers update it with __sync_fetch_and_add.
#include <pthread.h>
int hits;
int seen;
void *wa(void *a) { __sync_fetch_and_add(&hits, 1); return 0; }
void *mon(void *a) { seen = hits; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, mon, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits + seen;
}
