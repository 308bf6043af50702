/* TRUTH: racy — consumer loop also ends when stop is set (main sets it at once): it may read data (line 5) without seeing f */ #include <pthread.h>
#include <stdatomic.h>
int data; atomic_int f, stop;
void *prod(void *x){ data = 1; atomic_store_explicit(&f, 1, memory_order_release); return 0; }
void *cons(void *x){ while (!atomic_load_explicit(&f, memory_order_acquire) && !atomic_load_explicit(&stop, memory_order_relaxed)) ; return (void*)(long)data; }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); atomic_store(&stop, 1); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
