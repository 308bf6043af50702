/* TRUTH: racy — consumer has no fence after its relaxed loop: data read (line 5) unordered with write (line 4) */ #include <pthread.h>
#include <stdatomic.h>
int data; int f;
void *prod(void *x){ data = 1; __sync_synchronize(); __atomic_store_n(&f, 1, __ATOMIC_RELAXED); return 0; }
void *cons(void *x){ while (!__atomic_load_n(&f, __ATOMIC_RELAXED)) ; return (void*)(long)data; }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
