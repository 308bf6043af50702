/* TRUTH: racy — head published with RELAXED store (line 12): consumer read of buf (line 19) is not ordered after the producer write (line 11) */
#include <pthread.h>
#include <stdatomic.h>
#define N 8
#define ITEMS 10000
int buf[N]; atomic_size_t head, tail; long sum;
void *prod(void *x){
  for (size_t i = 0; i < ITEMS; i++) {
    size_t h = atomic_load_explicit(&head, memory_order_relaxed);
    while (h - atomic_load_explicit(&tail, memory_order_acquire) == N) ;
    buf[h % N] = (int)i;
    atomic_store_explicit(&head, h + 1, memory_order_relaxed);
  }
  return 0; }
void *cons(void *x){
  for (size_t i = 0; i < ITEMS; i++) {
    size_t t = atomic_load_explicit(&tail, memory_order_relaxed);
    while (atomic_load_explicit(&head, memory_order_acquire) == t) ;
    sum += buf[t % N];
    atomic_store_explicit(&tail, t + 1, memory_order_release);
  }
  return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,prod,0); pthread_create(&b,0,cons,0); pthread_join(a,0); pthread_join(b,0); return sum == 0; }
