/* TRUTH: free — pthread_once initializes table; readers run after once */
#include <pthread.h>
pthread_once_t once = PTHREAD_ONCE_INIT; int table[4];
static void init(void){ for (int i=0;i<4;i++) table[i]=i; }
void *f(void *a){ pthread_once(&once, init); return (void*)(long)table[3]; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return 0; }
