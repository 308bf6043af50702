/* TRUTH: free — init() writes config before threads are created; threads only read it */
#include <pthread.h>
int config[4];
void init(void){ for (int i=0;i<4;i++) config[i] = i; }
void *rd(void *p){ return (void*)(long)config[(long)p]; }
int main(void){ pthread_t a,b; init(); pthread_create(&a,0,rd,(void*)1); pthread_create(&b,0,rd,(void*)2); pthread_join(a,0); pthread_join(b,0); return 0; }
