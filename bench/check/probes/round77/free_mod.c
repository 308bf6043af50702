/* TRUTH: free — thread i in 0..3 writes a[(i+1)%4], a permutation */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[(i+1)%4]=1; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
