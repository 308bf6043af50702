/* TRUTH: free — both branches of the conditional name the same mutex m */ #include <pthread.h>
#include <stdint.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w1(void *x){ pthread_mutex_t *p = x ? &m : &m; pthread_mutex_lock(p); g++; pthread_mutex_unlock(p); return 0; }
void *w2(void *x){ pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return g; }
