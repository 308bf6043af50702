/* TRUTH: racy — t1 writes arr[i] for i=0..1 (bytes 0..7); t2 zeroes bytes 6..9 of arr through unsigned char pointer */
#include <pthread.h>
#include <stdlib.h>
int arr[4];
void *t1(void *p){ for(int i=0;i<2;i++) arr[i]=1; return 0; }
void *t2(void *p){ unsigned char *c=(unsigned char*)arr; for(int k=6;k<10;k++) c[k]=0; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
