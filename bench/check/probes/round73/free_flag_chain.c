/* TRUTH: free — prod -> f1 -> mid -> f2 -> cons: transitive happens-before orders data write before read */ #include <pthread.h>
#include <stdatomic.h>
int data; atomic_int f1, f2;
void *prod(void *x){ data = 1; atomic_store_explicit(&f1, 1, memory_order_release); return 0; }
void *mid(void *x){ while (!atomic_load_explicit(&f1, memory_order_acquire)) ; atomic_store_explicit(&f2, 1, memory_order_release); return 0; }
void *cons(void *x){ while (!atomic_load_explicit(&f2, memory_order_acquire)) ; return (void*)(long)data; }
int main(void){ pthread_t a,b,c; pthread_create(&a,0,cons,0); pthread_create(&b,0,mid,0); pthread_create(&c,0,prod,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return 0; }
