/* TRUTH: free — joins thread 1 through pointer p=&th[1], then reads a[1] */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[2]; for(long i=0;i<2;i++) pthread_create(&th[i],0,t,(void*)i);
 pthread_t *p=&th[1]; pthread_join(*p,0); int r=a[1]; pthread_join(th[0],0); return r; }
