/* TRUTH: racy — consumer spins on a relaxed load: no happens-before; data read (line 6) races with write (line 5) */
#include <threads.h>
#include <stdatomic.h>
int data; atomic_int ready;
int prod(void *a){ data = 3; atomic_store_explicit(&ready, 1, memory_order_release); return 0; }
int cons(void *a){ while (!atomic_load_explicit(&ready, memory_order_relaxed)) thrd_yield(); return data; }
int main(void){ thrd_t t1,t2; thrd_create(&t1,cons,0); thrd_create(&t2,prod,0); thrd_join(t1,0); thrd_join(t2,0); return 0; }
