/* TRUTH: free. Spin lock via compare_exchange (seq_cst) using __atomic builtins on a
   plain int; protects a heap buffer passed to both threads. */
#include <pthread.h>
#include <stdlib.h>
struct box { int lock; int val[2]; };
static void acquire(int *l) {
  int expected = 0;
  while (!__atomic_compare_exchange_n(l, &expected, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    expected = 0;
}
static void release(int *l) { __atomic_store_n(l, 0, __ATOMIC_RELEASE); }
void *worker(void *arg) {
  struct box *b = arg;
  acquire(&b->lock); b->val[0]++; b->val[1]--; release(&b->lock);
  return NULL;
}
int main(void) {
  struct box *b = calloc(1, sizeof *b);
  pthread_t x, y;
  pthread_create(&x, NULL, worker, b);
  pthread_create(&y, NULL, worker, b);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  int r = b->val[0];
  free(b);
  return r;
}
