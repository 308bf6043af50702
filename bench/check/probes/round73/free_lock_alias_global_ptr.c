/* TRUTH: free — global pointer gm assigned &m in main before threads; w1 locks gm, w2 locks &m */ #include <pthread.h>
#include <stdint.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_t *gm;
void *w1(void *x){ pthread_mutex_lock(gm); g++; pthread_mutex_unlock(gm); return 0; }
void *w2(void *x){ pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return 0; }
int main(void){ gm = &m; pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return g; }
