/* TRUTH: racy — once control is a local of each call, so init (line 5) runs in both threads concurrently */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int config;
static void init(void){ config = 42; }
void *w(void *x){ pthread_once_t once = PTHREAD_ONCE_INIT; pthread_once(&once, init); return (void*)(long)config; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return 0; }
