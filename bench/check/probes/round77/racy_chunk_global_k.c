/* TRUTH: racy — K initialised 4 but main sets K=5 before creating threads; thread i writes a[4i..4i+4], threads 0 and 1 share a[4] */
#include <pthread.h>
int a[24]; int K=4;
void *t(void *arg){ int i=(int)(long)arg; for(int j=0;j<K;j++) a[4*i+j]=1; return 0; }
int main(void){ pthread_t th[4]; K=5; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
