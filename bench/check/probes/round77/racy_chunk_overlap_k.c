/* TRUTH: racy — thread i writes a[3*i + j] for j<4: thread 0 writes a[3], thread 1 writes a[3] */
#include <pthread.h>
int a[16];
void *t(void *arg){ int i=(int)(long)arg; for(int j=0;j<4;j++) a[3*i+j]=1; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
