/* TRUTH: racy — consumer waits for f != 0; producer first stores 2 (release) then writes data (line 4) then stores 1; consumer may see 2 and read (line 5) */ #include <pthread.h>
#include <stdatomic.h>
int data; atomic_int f;
void *prod(void *x){ atomic_store_explicit(&f, 2, memory_order_release); data = 1; atomic_store_explicit(&f, 1, memory_order_release); return 0; }
void *cons(void *x){ while (atomic_load_explicit(&f, memory_order_acquire) == 0) ; return (void*)(long)data; }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
