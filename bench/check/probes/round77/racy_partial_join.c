/* TRUTH: racy — main joins th[0] only, then writes a[1] which thread 1 may still be writing */
#include <pthread.h>
int a[2];
void *t(void *arg){ int i=(int)(long)arg; a[i]=1; return 0; }
int main(void){ pthread_t th[2]; for(long i=0;i<2;i++) pthread_create(&th[i],0,t,(void*)i);
 pthread_join(th[0],0); a[1]=5; pthread_join(th[1],0); return a[0]; }
