/* TRUTH: free — writes s[id].x and s[id+1].y: field x and y different, indices distinct per field */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; struct S{int x; int y;} s[T+1];
void *w(void *p){ int id=(int)(long)p;
 s[id].x=id; s[id+1].y=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
