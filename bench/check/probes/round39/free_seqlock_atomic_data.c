/* TRUTH: free — seqlock whose data words are relaxed atomics, with release/acquire fences around them: every shared access after the threads start is atomic, so there is no data race (consistency is by the sequence check). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static atomic_uint seq;
static atomic_int d1, d2;
static void *writer(void *arg) {
  (void)arg;
  for (int k = 1; k <= 3; k++) {
    unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&d1, k, memory_order_relaxed);
    atomic_store_explicit(&d2, k, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 2, memory_order_release);
  }
  return NULL;
}
static void *reader(void *arg) {
  (void)arg;
  unsigned s1, s2;
  int a, b;
  do {
    s1 = atomic_load_explicit(&seq, memory_order_acquire);
    a = atomic_load_explicit(&d1, memory_order_relaxed);
    b = atomic_load_explicit(&d2, memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    s2 = atomic_load_explicit(&seq, memory_order_relaxed);
  } while ((s1 & 1) || s1 != s2);
  if (a != b) reach_error();
  return NULL;
}
int main(void) {
  pthread_t w, r;
  pthread_create(&w, NULL, writer, NULL);
  pthread_create(&r, NULL, reader, NULL);
  pthread_join(w, NULL);
  pthread_join(r, NULL);
  return 0;
}
