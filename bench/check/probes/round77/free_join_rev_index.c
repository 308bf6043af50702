/* TRUTH: free — joins th[3-j] for j=0..3, i.e. all */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j++) pthread_join(th[3-j],0); return a[0]; }
