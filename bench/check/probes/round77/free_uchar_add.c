/* TRUTH: free — thread i writes a[(unsigned char)(i+250)] for i=0..3: 250..253 distinct */
#include <pthread.h>
int a[256];
void *t(void *arg){ int i=(int)(long)arg; unsigned char k=i+250; a[k]=i; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 a[0]=5; for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
