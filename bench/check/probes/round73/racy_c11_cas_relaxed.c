/* TRUTH: racy — CAS with relaxed/relaxed orders: g++ (line 5) not ordered */
#include <pthread.h>
#include <stdatomic.h>
int g; atomic_int l;
void *w(void *x){ for (int i=0;i<1000;i++){ int e = 0; while (!atomic_compare_exchange_strong_explicit(&l, &e, 1, memory_order_relaxed, memory_order_relaxed)) e = 0; g++; atomic_store_explicit(&l, 0, memory_order_release);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
