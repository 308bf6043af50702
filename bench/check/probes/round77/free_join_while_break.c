/* TRUTH: free — while(1) loop joins th[j] and breaks after j==3; all joined */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 int j=0; while(1){ pthread_join(th[j],0); if(j==3) break; j++; } return a[3]; }
