/* TRUTH: free — __atomic_test_and_set ACQUIRE loop, __atomic_clear RELEASE */
#include <pthread.h>
#include <stdatomic.h>
int g; _Bool l;
void *w(void *x){ for (int i=0;i<1000;i++){ while (__atomic_test_and_set(&l, __ATOMIC_ACQUIRE)) ; g++; __atomic_clear(&l, __ATOMIC_RELEASE);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
