/* TRUTH: racy — seqlock with plain payload: the writer's plain stores pos_x = 1, pos_y = 1 (between its two seq increments) and the reader's plain reads of pos_x/pos_y in its retry loop are unordered (the reader may read while the writer writes; the retry discards the value, but the accesses race in C11). */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint seq;
static int pos_x, pos_y;
static void *writer(void *p) {
  atomic_fetch_add_explicit(&seq, 1, memory_order_acq_rel);
  pos_x = 1;
  pos_y = 1;
  atomic_fetch_add_explicit(&seq, 1, memory_order_release);
  return 0;
}
static void *reader(void *p) {
  unsigned s0, s1; int x, y;
  do {
    s0 = atomic_load_explicit(&seq, memory_order_acquire);
    x = pos_x; y = pos_y;
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
