/* TRUTH: racy — seqlock with PLAIN data words: reader's speculative reads of d1/d2 (line 21) race with writer stores (lines 10-11) */
#include <pthread.h>
#include <stdatomic.h>
atomic_uint seq; int d1, d2; int result;
void *writer(void *x){
  for (int i = 1; i <= 1000; i++) {
    unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
    atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    d1 = i;
    d2 = -i;
    atomic_store_explicit(&seq, s + 2, memory_order_release);
  }
  return 0; }
void *reader(void *x){
  int bad = 0;
  for (int i = 0; i < 1000; i++) {
    unsigned s0, s1; int a, b;
    do {
      s0 = atomic_load_explicit(&seq, memory_order_acquire);
      a = d1; b = d2;
      atomic_thread_fence(memory_order_acquire);
      s1 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s0 & 1) || s0 != s1);
    if (a != -b) bad++;
  }
  return (void*)(long)bad; }
int main(void){ pthread_t a,b; pthread_create(&a,0,writer,0); pthread_create(&b,0,reader,0); pthread_join(a,0); pthread_join(b,0); return 0; }
