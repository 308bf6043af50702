/* TRUTH: free — arg is (unsigned char)(i*64) for i=0..2 giving 0,64,128: distinct */
#include <pthread.h>
int a[256];
void *t(void *arg){ int i=(int)(long)arg; a[i]=1; return 0; }
int main(void){ pthread_t th[3]; for(int i=0;i<3;i++) pthread_create(&th[i],0,t,(void*)(long)(unsigned char)(i*64));
 for(int j=0;j<3;j++) pthread_join(th[j],0); return a[0]; }
