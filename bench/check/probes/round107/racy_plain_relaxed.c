/* TRUTH: racy — flag is atomic but relaxed: no happens-before, so data is raced */
#include <pthread.h>
#include <stdatomic.h>
int data;
atomic_int ready;
void *prod(void *a){ (void)a; data = 42; atomic_store_explicit(&ready, 1, memory_order_relaxed); return 0; }
void *cons(void *a){ (void)a; while (!atomic_load_explicit(&ready, memory_order_relaxed)) ; return (void *)(long)data; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,cons,0); pthread_create(&t2,0,prod,0);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
