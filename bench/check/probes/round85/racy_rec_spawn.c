/* TRUTH: racy — spawn(d) creates thread with id d recursively, d=0..2; a[d%2]: ids 0,2 collide */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
int a[2]; pthread_t t[3];
void *w(void *p){ int id=(int)(long)p; a[id%2]=id; return 0; }
void spawn(int d){ if(d>=3) return; pthread_create(&t[d],0,w,(void*)(long)d); spawn(d+1); }
int main(void){ spawn(0); for(int i=0;i<3;i++) pthread_join(t[i],0); return a[0]; }
