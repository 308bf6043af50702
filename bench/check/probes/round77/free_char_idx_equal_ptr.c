/* TRUTH: free — t1 writes arr[2] (bytes 8..11); t2 uses unsigned char *c=(unsigned char*)arr and writes c[2] (inside arr[0]) */
#include <pthread.h>
#include <stdlib.h>
int arr[4];
void *t1(void *p){ arr[2]=1; return 0; }
void *t2(void *p){ unsigned char *c=(unsigned char*)arr; c[2]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
