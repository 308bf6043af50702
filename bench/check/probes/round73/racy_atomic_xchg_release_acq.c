/* TRUTH: racy — lock taken with a RELEASE-only exchange (no acquire): g++ (line 5) not ordered after previous holder */
#include <pthread.h>
#include <stdatomic.h>
int g; int l;
void *w(void *x){ for (int i=0;i<1000;i++){ while (__atomic_exchange_n(&l, 1, __ATOMIC_RELEASE)) ; g++; __atomic_store_n(&l, 0, __ATOMIC_RELEASE);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
