/* TRUTH: free — seqlock: single writer; data words are atomics accessed relaxed, seq counter with release/acquire fences; no plain shared accesses */
#include <pthread.h>
#include <stdatomic.h>
atomic_uint seq; atomic_int d1, d2; int result;
void *writer(void *x){
  for (int i = 1; i <= 1000; i++) {
    unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&d1, i, memory_order_relaxed);
    atomic_store_explicit(&d2, -i, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 2, memory_order_release);
  }
  return 0; }
void *reader(void *x){
  int bad = 0;
  for (int i = 0; i < 1000; i++) {
    unsigned s0, s1; int a, b;
    do {
      s0 = atomic_load_explicit(&seq, memory_order_acquire);
      a = atomic_load_explicit(&d1, memory_order_relaxed);
      b = atomic_load_explicit(&d2, memory_order_relaxed);
      atomic_thread_fence(memory_order_acquire);
      s1 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s0 & 1) || s0 != s1);
    if (a != -b) bad++;
  }
  return (void*)(long)bad; }
int main(void){ pthread_t a,b; pthread_create(&a,0,writer,0); pthread_create(&b,0,reader,0); pthread_join(a,0); pthread_join(b,0); return 0; }
