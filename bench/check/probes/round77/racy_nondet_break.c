/* TRUTH: racy — nondet bound up to 5 (n<=5); with n=5 thread 0 writes a[4] racing t1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void); extern void __VERIFIER_assume(int);
int a[8];
void *t0(void *arg){ int n=__VERIFIER_nondet_int(); __VERIFIER_assume(n>=0 && n<=5); for(int j=0;j<8;j++){ if(j>=n) break; a[j]=1; } return 0; }
void *t1(void *arg){ for(int j=4;j<8;j++) a[j]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t0,0); pthread_create(&y,0,t1,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
