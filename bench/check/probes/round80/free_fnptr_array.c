/* TRUTH: free — threads started via fn-pointer array write distinct vars, joined before main reads */
#include <pthread.h>
int a, b;
void *wa(void *p){ a = 1; return 0; }
void *wb(void *p){ b = 1; return 0; }
void *(*tab[2])(void*) = { wa, wb };
int main(void){ pthread_t t[2]; for(int i=0;i<2;i++) pthread_create(&t[i],0,tab[i],0);
 for(int i=0;i<2;i++) pthread_join(t[i],0); return a+b; }
