/* TRUTH: racy — goto loop with j<3 joins th[0..2]; a[3] read races thread 3 */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 int j=0; again: pthread_join(th[j],0); j++; if(j<3) goto again; return a[3]; }
