/* TRUTH: free — (char*)&s[id]+sizeof(int) is &s[id].y (never written by others) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
struct S { int x; int y; } s[T+1]; int r[T];
void *w(void *p){ int id=(int)(long)p; s[id].x=id; int v; memcpy(&v,(char*)&s[id]+sizeof(int),sizeof v); r[id]=v; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return r[0]; }
