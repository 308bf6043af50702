/* TRUTH: free — two join loops j=0,2 and j=1,3 join all; then read a[1] */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j+=2) pthread_join(th[j],0); for(int j=1;j<4;j+=2) pthread_join(th[j],0); return a[1]; }
