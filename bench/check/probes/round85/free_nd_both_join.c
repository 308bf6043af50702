/* TRUTH: free — both branches join before read */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w(void *p){ x=1; return 0; }
int main(void){ int c=__VERIFIER_nondet_int(); pthread_t t; pthread_create(&t,0,w,0); if(c) pthread_join(t,0); else { pthread_join(t,0); } return x; }
