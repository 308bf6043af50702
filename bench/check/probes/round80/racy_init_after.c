/* TRUTH: racy — init() called after threads started; threads read config being written */
#include <pthread.h>
int config[4];
void init(void){ for (int i=0;i<4;i++) config[i] = i; }
void *rd(void *p){ return (void*)(long)config[(long)p]; }
int main(void){ pthread_t a,b; pthread_create(&a,0,rd,(void*)1); pthread_create(&b,0,rd,(void*)2); init(); pthread_join(a,0); pthread_join(b,0); return 0; }
