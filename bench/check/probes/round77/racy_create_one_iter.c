/* TRUTH: racy — create loop for(i=4;i<5;) runs once creating thread with arg 0; main writes a[0] concurrently */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=4;i<5;i++) pthread_create(&th[i-4],0,t,(void*)0);
 a[0]=7; pthread_join(th[0],0); return a[0]; }
