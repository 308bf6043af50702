/* TRUTH: racy — w2 writes config (line 7) without any sync while w1 reads it after pthread_once (line 6) */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int config; pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void){ config = 42; }
void *w(void *x){ pthread_once(&once, init); return (void*)(long)config; }
void *w2(void *x){ config = 7; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
