/* TRUTH: racy — &i passed to threads; thread reads *arg while main's loop increments i */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=*(int*)arg; if(i<4) a[i]=1; return 0; }
int main(void){ pthread_t th[4]; int i; for(i=0;i<4;i++) pthread_create(&th[i],0,t,&i);
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
