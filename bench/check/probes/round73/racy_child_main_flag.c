/* TRUTH: racy — main starts child, then waits for f, then joins child; child reads data (line 6) concurrently with prod write (line 5) */ #include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
int data; atomic_int f;
void *prod(void *x){ data = 1; atomic_store_explicit(&f, 1, memory_order_release); return 0; }
void *child(void *x){ return (void*)(long)data; }
int main(void){ pthread_t p, c; pthread_create(&p,0,prod,0); pthread_create(&c,0,child,0); while (!atomic_load_explicit(&f, memory_order_acquire)) ; pthread_join(c,0); pthread_join(p,0); return 0; }
