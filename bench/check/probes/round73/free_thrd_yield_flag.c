/* TRUTH: free — consumer spins with thrd_yield on an acquire load of _Atomic ready; data written before release store */
#include <threads.h>
#include <stdatomic.h>
int data; atomic_int ready;
int prod(void *a){ data = 3; atomic_store_explicit(&ready, 1, memory_order_release); return 0; }
int cons(void *a){ while (!atomic_load_explicit(&ready, memory_order_acquire)) thrd_yield(); return data; }
int main(void){ thrd_t t1,t2; thrd_create(&t1,cons,0); thrd_create(&t2,prod,0); thrd_join(t1,0); thrd_join(t2,0); return 0; }
