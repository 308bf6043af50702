/* TRUTH: free — t1 writes arr[0..1] (bytes 0..7); t2 zeroes bytes 8..11 (arr[2]) */
#include <pthread.h>
#include <stdlib.h>
int arr[4];
void *t1(void *p){ for(int i=0;i<2;i++) arr[i]=1; return 0; }
void *t2(void *p){ unsigned char *c=(unsigned char*)arr; for(int k=8;k<12;k++) c[k]=0; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
