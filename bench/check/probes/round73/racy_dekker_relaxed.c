/* TRUTH: racy — Dekker with RELAXED atomics: no happens-before between critical sections, cs++ (line 15) races */
#include <pthread.h>
#include <stdatomic.h>
atomic_int want[2], turn; int cs;
void *w(void *x){ int me = (int)(long)x, other = 1 - me;
  for (int i = 0; i < 1000; i++) {
    atomic_store_explicit(&want[me], 1, memory_order_relaxed);
    while (atomic_load_explicit(&want[other], memory_order_relaxed)) {
      if (atomic_load_explicit(&turn, memory_order_relaxed) != me) {
        atomic_store_explicit(&want[me], 0, memory_order_relaxed);
        while (atomic_load_explicit(&turn, memory_order_relaxed) != me) ;
        atomic_store_explicit(&want[me], 1, memory_order_relaxed);
      }
    }
    cs++;
    atomic_store_explicit(&turn, other, memory_order_relaxed);
    atomic_store_explicit(&want[me], 0, memory_order_relaxed);
  }
  return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,(void*)0); pthread_create(&b,0,w,(void*)1); pthread_join(a,0); pthread_join(b,0); return cs != 2000; }
