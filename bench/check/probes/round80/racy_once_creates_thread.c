/* TRUTH: racy — pthread_once init creates worker writing x but does not join; callers read x */
#include <pthread.h>
int x; pthread_once_t o = PTHREAD_ONCE_INIT; pthread_t wt;
void *w(void *p){ x = 7; return 0; }
void init(void){ pthread_create(&wt,0,w,0); }
void *caller(void *p){ pthread_once(&o, init); return (void*)(long)x; }
int main(void){ pthread_t a,b; pthread_create(&a,0,caller,0); pthread_create(&b,0,caller,0); pthread_join(a,0); pthread_join(b,0); pthread_join(wt,0); return 0; }
