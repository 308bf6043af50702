/* TRUTH: racy — thread i writes a[(unsigned char)(i+253)] for i=0..3: 253,254,255,0; main writes a[0] concurrently */
#include <pthread.h>
int a[256];
void *t(void *arg){ int i=(int)(long)arg; unsigned char k=i+253; a[k]=i; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 a[0]=5; for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
