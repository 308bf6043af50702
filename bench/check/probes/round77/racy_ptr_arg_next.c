/* TRUTH: racy — thread gets p=&a[i] and writes p[0] and p[1]; thread 0 and 1 both write a[1] */
#include <pthread.h>
int a[5];
void *t(void *arg){ int *p=arg; p[0]=1; p[1]=2; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++) pthread_create(&th[i],0,t,&a[i]);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
