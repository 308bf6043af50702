/* TRUTH: racy — thread i gets p=a+2*i+1 and writes a[2i], a[2i+1], a[2i+2]; thread i and i+1 both write a[2i+2] */
#include <pthread.h>
int a[9];
void *t(void *arg){ int *p=arg; p[-1]=1; p[0]=1; p[1]=2; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++) pthread_create(&th[i],0,t,a+2*i+1);
 for(int i=0;i<4;i++) pthread_join(th[i],0); return a[0]; }
