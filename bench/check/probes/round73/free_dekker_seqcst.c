/* TRUTH: free — Dekker's algorithm with seq_cst atomics: mutual exclusion, cs++ ordered via the flag/turn atomics */
#include <pthread.h>
#include <stdatomic.h>
atomic_int want[2], turn; int cs;
void *w(void *x){ int me = (int)(long)x, other = 1 - me;
  for (int i = 0; i < 1000; i++) {
    atomic_store(&want[me], 1);
    while (atomic_load(&want[other])) {
      if (atomic_load(&turn) != me) {
        atomic_store(&want[me], 0);
        while (atomic_load(&turn) != me) ;
        atomic_store(&want[me], 1);
      }
    }
    cs++;
    atomic_store(&turn, other);
    atomic_store(&want[me], 0);
  }
  return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,(void*)0); pthread_create(&b,0,w,(void*)1); pthread_join(a,0); pthread_join(b,0); return cs != 2000; }
