/* TRUTH: free — joins all 4 using j < sizeof th / sizeof th[0] */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(unsigned long j=0;j<sizeof th/sizeof th[0];j++) pthread_join(th[j],0); return a[3]; }
