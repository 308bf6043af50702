/* TRUTH: racy — thread 3 writes K while threads 0..2 read K in their loop condition: race on K */
#include <pthread.h>
int a[40]; int K=4;
void *t(void *arg){ int i=(int)(long)arg; if(i==3) K=4; for(int j=0;j<K;j++) a[8*i+j]=1; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
