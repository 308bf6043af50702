/* TRUTH: racy — Peterson with release stores / acquire loads: store-load reordering lets both threads enter; cs++ (line 9) races */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag[2], turn; int cs;
void *w(void *x){ int me = (int)(long)x, other = 1 - me;
  for (int i = 0; i < 1000; i++) {
    atomic_store(&flag[me], 1); atomic_store(&turn, other);
    while (atomic_load_explicit(&flag[other], memory_order_acquire) && atomic_load_explicit(&turn, memory_order_acquire) == other) ;
    cs++;
    atomic_store(&flag[me], 0);
  }
  return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,(void*)0); pthread_create(&b,0,w,(void*)1); pthread_join(a,0); pthread_join(b,0); return cs != 2000; }
