// free: every access to hits is a __sync builtin (fetch_and_add, add_and_fetch, val_compare_and_swap).
#include <pthread.h>
int hits;
void *wa(void *a) { __sync_fetch_and_add(&hits, 1); return 0; }
void *wb(void *a) { __sync_add_and_fetch(&hits, 2); __sync_val_compare_and_swap(&hits, 3, 30); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
