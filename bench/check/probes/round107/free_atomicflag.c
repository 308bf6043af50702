/* TRUTH: free — A writes p[0] then release-stores ready=1; B acquire-spins on ready then writes p[0]: ordered */
#include <pthread.h>
#include <stdatomic.h>
int g[4];
atomic_int ready;
void *A(void *a){ int *p = a; p[0] = 1; atomic_store_explicit(&ready, 1, memory_order_release); return 0; }
void *B(void *a){ int *p = a; while (!atomic_load_explicit(&ready, memory_order_acquire)) ; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return g[0] != 2; }
