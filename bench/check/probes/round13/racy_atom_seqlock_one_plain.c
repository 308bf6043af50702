/* racy: seqlock where d1 is a plain int: reader's speculative read of d1 races with the writer's store */
#include <pthread.h>
#include <stdatomic.h>
atomic_uint seq;
atomic_int d0;
int d1;
void *writer(void *p) {
  (void)p;
  for (int i = 1; i <= 5; i++) {
    unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&d0, i, memory_order_relaxed);
    d1 = -i;
    atomic_store_explicit(&seq, s + 2, memory_order_release);
  }
  return NULL;
}
void *reader(void *p) {
  (void)p;
  int a, b;
  unsigned s0, s1;
  do {
    s0 = atomic_load_explicit(&seq, memory_order_acquire);
    a = atomic_load_explicit(&d0, memory_order_relaxed);
    b = d1;
    atomic_thread_fence(memory_order_acquire);
    s1 = atomic_load_explicit(&seq, memory_order_relaxed);
  } while ((s0 & 1) || s0 != s1);
  return (void *)(long)(a + b);
}
int main(void) {
  pthread_t w, r;
  pthread_create(&w, NULL, writer, NULL);
  pthread_create(&r, NULL, reader, NULL);
  pthread_join(w, NULL);
  pthread_join(r, NULL);
  return 0;
}
