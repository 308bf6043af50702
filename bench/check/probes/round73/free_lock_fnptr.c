/* TRUTH: free — lock and unlock called through function pointers to pthread_mutex_lock/unlock around g++ */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int (*lk)(pthread_mutex_t *) = pthread_mutex_lock; static int (*ul)(pthread_mutex_t *) = pthread_mutex_unlock;
void *w(void *x){ lk(&m); g++; ul(&m); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
