/* TRUTH: racy — while (!atomic_exchange(&l,1)) exits when it reads 1 (2nd pass at latest), so it never excludes: g++ (line 4) races */ #include <pthread.h>
#include <stdatomic.h>
int g; atomic_int l;
void *w(void *x){ for (int i=0;i<1000;i++){ while (!atomic_exchange(&l, 1)) ; g++; atomic_store(&l, 0);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
