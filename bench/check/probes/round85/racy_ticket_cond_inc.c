/* TRUTH: racy — next++ only if adv, adv=0 set before create: all tickets 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; int next; int adv=1; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){
 pthread_mutex_lock(&m); int id=next; if(adv) next++; pthread_mutex_unlock(&m); a[id]=1;
 return 0; }
int main(void){ pthread_t t[T]; adv=0; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
