/* TRUTH: free — release/acquire atomic flag publishes data */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag; int data;
void *prod(void *a){ data = 7; atomic_store_explicit(&flag,1,memory_order_release); return 0; }
void *cons(void *a){ while (!atomic_load_explicit(&flag,memory_order_acquire)) ; return (void*)(long)data; }
int main(void){ pthread_t a,b; pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
