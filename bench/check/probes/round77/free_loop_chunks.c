/* TRUTH: free — thread i writes a[4*i .. 4*i+3] via loop j<4; chunks disjoint */
#include <pthread.h>
int a[16];
void *t(void *arg){ int i=(int)(long)arg; for(int j=0;j<4;j++) a[4*i+j]=j; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int i=3;i>=0;i--) pthread_join(th[i],0); return a[0]; }
