/* TRUTH: racy — ids[i] written after create; thread i reads ids[i] concurrently */
#include <pthread.h>
int a[4]; int ids[4];
void *t(void *arg){ int i=*(int*)arg; a[i&3]=1; return 0; }
int main(void){ pthread_t th[4]; for(int i=0;i<4;i++){ pthread_create(&th[i],0,t,&ids[i]); ids[i]=i; }
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
