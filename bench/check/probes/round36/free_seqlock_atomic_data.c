/* TRUTH: free — the same seqlock, but the payload pos_x/pos_y are atomic_int accessed with relaxed atomic loads/stores (the standard C11 seqlock recipe): every shared access is atomic, no data race. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint seq;
static atomic_int pos_x, pos_y;
static void *writer(void *p) {
  atomic_fetch_add_explicit(&seq, 1, memory_order_acq_rel);
  atomic_store_explicit(&pos_x, 1, memory_order_relaxed);
  atomic_store_explicit(&pos_y, 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&seq, 1, memory_order_release);
  return 0;
}
static void *reader(void *p) {
  unsigned s0, s1; int x, y;
  do {
    s0 = atomic_load_explicit(&seq, memory_order_acquire);
    x = atomic_load_explicit(&pos_x, memory_order_relaxed);
    y = atomic_load_explicit(&pos_y, memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    s1 = atomic_load_explicit(&seq, memory_order_relaxed);
  } while ((s0 & 1) || s0 != s1);
  return (void *)(long)(x + y);
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, writer, 0);
  pthread_create(&b, 0, reader, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
