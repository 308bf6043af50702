/* TRUTH: racy — CAS(&l,0,0) succeeds when l==0 but leaves it 0: no lock is taken, g++ (line 4) races */ #include <pthread.h>
#include <stdatomic.h>
int g; int l;
void *w(void *x){ for (int i=0;i<1000;i++){ while (!__sync_bool_compare_and_swap(&l, 0, 0)) ; g++; __sync_lock_release(&l);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
