/* TRUTH: racy — K nondet in [1,8] set before create; K=5 makes thread 0 and 1 both write a[4] */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void); extern void __VERIFIER_assume(int);
int a[40]; int K;
void *t(void *arg){ int i=(int)(long)arg; for(int j=0;j<K;j++) a[4*i+j]=1; return 0; }
int main(void){ pthread_t th[4]; K=__VERIFIER_nondet_int(); __VERIFIER_assume(K>=1 && K<=8); for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
