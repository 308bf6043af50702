/* TRUTH: free — both threads call pthread_once(init) before reading cfg; init writes cfg */
#include <pthread.h>
int cfg; pthread_once_t o = PTHREAD_ONCE_INIT;
void init(void){ cfg = 42; }
void *w(void *p){ pthread_once(&o, init); return (void*)(long)cfg; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return 0; }
