/* TRUTH: racy — thread 0 sets flags.ready, thread 1 sets flags.done (same bit-field unit) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
struct F { unsigned ready:1; unsigned done:1; unsigned pad:30; } flags; int a[1];
void *w(void *p){ int id=(int)(long)p; if(id==0) flags.ready=1; if(id==1) flags.done=1; return 0; }
int main(void){ pthread_t t[2]; for(long i=0;i<2;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<2;i++) pthread_join(t[i],0); return flags.ready; }
