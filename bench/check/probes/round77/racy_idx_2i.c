/* TRUTH: racy — thread i writes a[i] and a[i+1]; threads 0 and 1 both write a[1] */
#include <pthread.h>
int a[8];
void *t(void *arg){ int i=(int)(long)arg; a[i]=i; a[i+1]=i; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
