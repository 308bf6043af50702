/* TRUTH: racy — cleanup handler (run by pthread_cleanup_pop(1)) increments done (line 5) in both workers without a lock */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int done; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void cu(void *p){ done++; }
void *w(void *x){ pthread_cleanup_push(cu, 0); pthread_mutex_lock(&m); pthread_mutex_unlock(&m); pthread_cleanup_pop(1); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return done; }
