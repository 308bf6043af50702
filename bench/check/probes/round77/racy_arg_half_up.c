/* TRUTH: racy — arg (i+2)/2 for i=0..2 gives 1,1,2: threads 0 and 1 share a[1] */
#include <pthread.h>
int a[16];
void *t(void *arg){ int i=(int)(long)arg; a[i]+=1; return 0; }
int main(void){ pthread_t th[3]; for(int i=0;i<3;i++) pthread_create(&th[i],0,t,(void*)(long)((i+2)/2));
 for(int j=0;j<3;j++) pthread_join(th[j],0); return a[0]; }
