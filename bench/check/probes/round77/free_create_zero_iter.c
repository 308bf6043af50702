/* TRUTH: free — create loop for(i=5;i<5;) runs zero times; no thread exists when main writes a[0] */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; for(long i=5;i<5;i++) pthread_create(&th[i-5],0,t,(void*)0);
 a[0]=7; return a[0]; }
