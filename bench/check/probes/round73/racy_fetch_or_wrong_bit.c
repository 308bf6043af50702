/* TRUTH: racy — sets bit 2 but tests bit 1 (never set): loop exits at once, g++ (line 4) races */ #include <pthread.h>
#include <stdatomic.h>
int g; atomic_int l;
void *w(void *x){ for (int i=0;i<1000;i++){ while (atomic_fetch_or(&l, 2) & 1) ; g++; atomic_fetch_and(&l, ~2);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
