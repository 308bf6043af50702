/* TRUTH: racy — lock acquire is an acquire CAS but unlock is a relaxed store, so critical sections on 'items' are not ordered by happens-before */
#include <pthread.h>
#include <stdatomic.h>

atomic_int guard;
int items;

void acquire(void) {
  int expected = 0;
  while (!atomic_compare_exchange_weak_explicit(&guard, &expected, 1,
             memory_order_acquire, memory_order_relaxed))
    expected = 0;
}
void release(void) { atomic_store_explicit(&guard, 0, memory_order_relaxed); }

void *worker(void *arg) {
  acquire();
  items = items + 1;
  release();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return items;
}
