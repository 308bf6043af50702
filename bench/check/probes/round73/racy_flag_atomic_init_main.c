/* TRUTH: racy — main atomic_init(&f,1) before threads: consumer loop exits at once and reads data (line 5) while producer writes (line 4) */ #include <pthread.h>
#include <stdatomic.h>
int data; atomic_int f;
void *prod(void *x){ data = 1; atomic_store_explicit(&f, 1, memory_order_release); return 0; }
void *cons(void *x){ while (!atomic_load_explicit(&f, memory_order_acquire)) ; return (void*)(long)data; }
int main(void){ atomic_init(&f, 1); pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
