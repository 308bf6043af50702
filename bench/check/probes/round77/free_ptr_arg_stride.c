/* TRUTH: free — thread gets p=a+2*i and writes p[0], p[1]; pairs disjoint */
#include <pthread.h>
int a[8];
void *t(void *arg){ int *p=arg; p[0]=1; p[1]=2; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++) pthread_create(&th[i],0,t,a+2*i);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
