/* TRUTH: free — loop i=0..1; each branch taken by exactly one thread */
#include <pthread.h>
int a, b;
void *w(void *p){ if ((long)p == 1) a++; else b++; return 0; }
int main(void){ pthread_t t[2]; for (long i=0;i<2;i++) pthread_create(&t[i],0,w,(void*)i); for (int i=0;i<2;i++) pthread_join(t[i],0); return a+b; }
