/* TRUTH: free — seqlock whose protected fields are themselves relaxed atomics; all shared accesses are atomic */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }

atomic_uint seq;
atomic_int px, py;

void *writer(void *arg) {
  int i;
  for (i = 1; i <= 3; i++) {
    unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&px, i, memory_order_relaxed);
    atomic_store_explicit(&py, i, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 2, memory_order_release);
  }
  return 0;
}

void *reader(void *arg) {
  unsigned s1, s2;
  int x, y;
  do {
    s1 = atomic_load_explicit(&seq, memory_order_acquire);
    x = atomic_load_explicit(&px, memory_order_relaxed);
    y = atomic_load_explicit(&py, memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    s2 = atomic_load_explicit(&seq, memory_order_relaxed);
  } while ((s1 & 1) || s1 != s2);
  if (x != y) reach_error();
  return 0;
}

int main(void) {
  pthread_t w, r;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
