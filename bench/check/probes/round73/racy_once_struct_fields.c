/* TRUTH: racy — os.a and os.b are two once objects: init (line 5) runs in both threads concurrently */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int config; struct { pthread_once_t a, b; } os = { PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT };
static void init(void){ config++; }
void *w1(void *x){ pthread_once(&os.a, init); return (void*)(long)config; }
void *w2(void *x){ pthread_once(&os.b, init); return (void*)(long)config; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
