/* TRUTH: free — index (unsigned char)(i*64) for i=0..3 gives 0,64,128,192 distinct */
#include <pthread.h>
int a[256];
void *t(void *arg){ int i=(int)(long)arg; unsigned char k=(unsigned char)(i*64); a[k]=i; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
