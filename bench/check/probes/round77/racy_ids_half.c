/* TRUTH: racy — ids[i]=i/2 gives ids 0,0,1,1: threads 0 and 1 both write a[0] */
#include <pthread.h>
int a[4]; int ids[4];
void *t(void *arg){ int i=*(int*)arg; a[i]=i+1; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++){ ids[i]=i/2; pthread_create(&th[i],0,t,&ids[i]); }
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
