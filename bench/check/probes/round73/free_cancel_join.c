/* TRUTH: free — worker blocks in pause-like cond wait; main cancels and joins it before reading g; worker wrote g before its wait under m */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void unl(void *p){ pthread_mutex_unlock(&m); }
void *w(void *x){ pthread_mutex_lock(&m); g = 1; pthread_cleanup_push(unl, 0); for (;;) pthread_cond_wait(&c, &m); pthread_cleanup_pop(1); return 0; }
int main(void){ pthread_t a; pthread_create(&a,0,w,0); pthread_cancel(a); pthread_join(a,0); return g; }
