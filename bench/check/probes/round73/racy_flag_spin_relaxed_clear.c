/* TRUTH: racy — atomic_flag_clear_explicit relaxed releases nothing: g++ (line 5) races */
#include <pthread.h>
#include <stdatomic.h>
int g; atomic_flag f = ATOMIC_FLAG_INIT;
void *w(void *x){ for (int i=0;i<1000;i++){ while (atomic_flag_test_and_set_explicit(&f, memory_order_acquire)) ; g++; atomic_flag_clear_explicit(&f, memory_order_relaxed);} return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
