/* TRUTH: racy — both table entries write a; two threads from the table run concurrently */
#include <pthread.h>
int a, b;
void *wa(void *p){ a = 1; return 0; }
void *wb(void *p){ a = 2; return 0; }
void *(*tab[2])(void*) = { wa, wb };
int main(void){ pthread_t t[2]; for(int i=0;i<2;i++) pthread_create(&t[i],0,tab[i],0);
 for(int i=0;i<2;i++) pthread_join(t[i],0); return a+b; }
