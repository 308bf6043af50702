/* TRUTH: free — the cleanup handler locks m around done++ */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int done; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void cu(void *p){ pthread_mutex_lock(&m); done++; pthread_mutex_unlock(&m); }
void *w(void *x){ pthread_cleanup_push(cu, 0); pthread_cleanup_pop(1); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return done; }
