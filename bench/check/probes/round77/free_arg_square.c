/* TRUTH: free — arg i*i for i=0..3 gives 0,1,4,9: distinct */
#include <pthread.h>
int a[16];
void *t(void *arg){ int i=(int)(long)arg; a[i]+=1; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)(long)(i*i));
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
