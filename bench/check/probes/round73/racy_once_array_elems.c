/* TRUTH: racy — o[0] and o[1] are two once objects: init (line 5) runs in both threads concurrently, config writes race */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int config; pthread_once_t o[2] = { PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT };
static void init(void){ config++; }
void *w1(void *x){ pthread_once(&o[0], init); return (void*)(long)config; }
void *w2(void *x){ pthread_once(&o[1], init); return (void*)(long)config; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
