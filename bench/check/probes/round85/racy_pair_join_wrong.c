/* TRUTH: racy — main joins thread 1 (not 0) before creating thread 2 which reads a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
int a[3];
void *w(void *p){ int id=(int)(long)p; if(id==2) a[2]=a[0]+1; else a[id]=id+5; return 0; }
int main(void){ pthread_t t[3]; pthread_create(&t[0],0,w,(void*)0L); pthread_create(&t[1],0,w,(void*)1L); pthread_join(t[1],0); pthread_create(&t[2],0,w,(void*)2L); pthread_join(t[0],0); pthread_join(t[2],0); return a[2]; }
