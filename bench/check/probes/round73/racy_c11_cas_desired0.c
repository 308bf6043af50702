/* TRUTH: racy — compare_exchange(&l,&e,0) with e=0 stores 0: nothing is locked; g++ (line 4) races */ #include <pthread.h>
#include <stdatomic.h>
int g; atomic_int l;
void *w(void *x){ for (int i=0;i<1000;i++){ int e = 0; while (!atomic_compare_exchange_weak(&l, &e, 0)) e = 0; g++; atomic_store(&l, 0);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
