/* TRUTH: racy — two different once controls, so init runs in both threads concurrently */
#include <pthread.h>
int cfg; pthread_once_t o1 = PTHREAD_ONCE_INIT, o2 = PTHREAD_ONCE_INIT;
void init(void){ cfg++; }
void *w1(void *p){ pthread_once(&o1, init); return 0; }
void *w2(void *p){ pthread_once(&o2, init); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return cfg; }
