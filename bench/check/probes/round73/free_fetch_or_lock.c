/* TRUTH: free — while (atomic_fetch_or(&l,1) & 1) spin; release with atomic_fetch_and(&l,~1) (seq_cst) */ #include <pthread.h>
#include <stdatomic.h>
int g; atomic_int l;
void *w(void *x){ for (int i=0;i<1000;i++){ while (atomic_fetch_or(&l, 1) & 1) ; g++; atomic_fetch_and(&l, ~1);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
