/* TRUTH: racy — index (unsigned char)(i*128) for i=0..3 gives 0,128,0,128: threads 0 and 2 alias */
#include <pthread.h>
int a[256];
void *t(void *arg){ int i=(int)(long)arg; unsigned char k=(unsigned char)(i*128); a[k]=i; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
