/* TRUTH: racy — reverse join loop j=2..1 (j>0) misses thread 0; main reads a[0] while thread 0 writes it */
#include <pthread.h>
int a[3];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[3]; for(long i=0;i<3;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=2;j>0;j--) pthread_join(th[j],0); return a[0]+a[1]+a[2]; }
