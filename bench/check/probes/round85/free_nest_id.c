/* TRUTH: free — id=i*2+j distinct in 0..3 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[4];
void *w(void *p){ int id=(int)(long)p;
 a[id]=id;
 return 0; }
int main(void){ pthread_t t[4]; int k=0; for(long i=0;i<2;i++) for(long j=0;j<2;j++){ pthread_create(&t[k],0,w,(void*)(i*2+j)); k++; } for(int q=0;q<4;q++) pthread_join(t[q],0); return a[0]; }
