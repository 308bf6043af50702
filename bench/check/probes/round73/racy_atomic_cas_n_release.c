/* TRUTH: racy — __atomic_compare_exchange_n success order RELEASE: no acquire, g++ (line 5) races */
#include <pthread.h>
#include <stdatomic.h>
int g; int l;
void *w(void *x){ for (int i=0;i<1000;i++){ int e = 0; while (!__atomic_compare_exchange_n(&l, &e, 1, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) e = 0; g++; __atomic_store_n(&l, 0, __ATOMIC_RELEASE);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
