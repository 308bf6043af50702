/* TRUTH: racy — join loop j+=2 joins th[0], th[2] only; a[1] read races thread 1 */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j+=2) pthread_join(th[j],0); return a[1]; }
