/* TRUTH: free — thread i writes a[2*i] and a[2*i+1]; ranges disjoint for i=0..3 */
#include <pthread.h>
int a[8];
void *t(void *arg){ int i=(int)(long)arg; a[2*i]=i; a[2*i+1]=i; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
