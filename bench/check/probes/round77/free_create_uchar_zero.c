/* TRUTH: free — n=(unsigned char)256 is 0, so the create loop i<n runs zero times; no thread runs when main writes a[0] */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t th[4]; unsigned char n=(unsigned char)256; for(int i=0;i<n;i++) pthread_create(&th[i],0,t,(void*)0);
 a[0]=7; return a[0]; }
