/* TRUTH: racy — handles swapped, join(th[0]) joins thread 1; main reads a[0] while thread 0 may still write */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[2]; for(long i=0;i<2;i++) pthread_create(&th[i],0,t,(void*)i);
 pthread_t h=th[1]; th[1]=th[0]; th[0]=h; pthread_join(th[0],0); int r=a[0]; pthread_join(th[1],0); return r; }
