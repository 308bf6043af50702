/* TRUTH: free — int j, n=-1: j < n is false immediately, so thread 0 writes nothing; only t1 writes a[4..7] */
#include <pthread.h>
int a[8];
int n = -1;
void *t0(void *arg){ for(int j=0;j<n && j<8;j++) a[j]=1; return 0; }
void *t1(void *arg){ for(int j=4;j<8;j++) a[j]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t0,0); pthread_create(&y,0,t1,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
