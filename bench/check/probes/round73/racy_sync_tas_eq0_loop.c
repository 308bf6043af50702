/* TRUTH: racy — while (__sync_lock_test_and_set(&l,1) == 0) spins only while it GOT the lock: exits holding nothing; g++ (line 4) races */ #include <pthread.h>
#include <stdatomic.h>
int g; int l;
void *w(void *x){ for (int i=0;i<1000;i++){ while (__sync_lock_test_and_set(&l, 1) == 0) ; g++; __sync_lock_release(&l);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
