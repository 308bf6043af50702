/* TRUTH: free — unsigned n=0; loop starts at i=-1 and tests i < (int)n-1 = -1, false at once; no thread is created */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; unsigned n=0; for(int i=-1;i<(int)n-1;i++) pthread_create(&th[0],0,t,(void*)0);
 a[0]=7; return a[0]; }
