/* TRUTH: racy — join loop for(unsigned j=2; j>0; j--) joins th[2], th[1] only; a[0] read races thread 0 */
#include <pthread.h>
int a[3];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[3]; for(long i=0;i<3;i++) pthread_create(&th[i],0,t,(void*)i);
 for(unsigned j=2;j>0;j--) pthread_join(th[j],0); return a[0]; }
