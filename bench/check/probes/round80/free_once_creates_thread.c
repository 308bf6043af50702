/* TRUTH: free — pthread_once init creates and joins a worker writing x; two callers of once; readers after once */
#include <pthread.h>
int x; pthread_once_t o = PTHREAD_ONCE_INIT;
void *w(void *p){ x = 7; return 0; }
void init(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); }
void *caller(void *p){ pthread_once(&o, init); return (void*)(long)x; }
int main(void){ pthread_t a,b; pthread_create(&a,0,caller,0); pthread_create(&b,0,caller,0); pthread_join(a,0); pthread_join(b,0); return 0; }
