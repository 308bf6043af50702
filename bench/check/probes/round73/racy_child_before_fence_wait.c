/* TRUTH: racy — child started before cons relaxed-waits and fences; child reads data (line 6) unordered with prod write (line 5) */ #include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
int data; atomic_int f;
void *prod(void *x){ data = 1; atomic_thread_fence(memory_order_release); atomic_store_explicit(&f, 1, memory_order_relaxed); return 0; }
void *child(void *x){ return (void*)(long)data; }
void *cons(void *x){ pthread_t c; pthread_create(&c,0,child,0); while (!atomic_load_explicit(&f, memory_order_relaxed)) ; atomic_thread_fence(memory_order_acquire); pthread_join(c,0); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
