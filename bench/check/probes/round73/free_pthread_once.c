/* TRUTH: free — config initialized inside pthread_once; both threads read it after pthread_once */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int config; pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void){ config = 42; }
void *w(void *x){ pthread_once(&once, init); return (void*)(long)config; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return 0; }
