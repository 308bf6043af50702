/* TRUTH: racy — t1 writes arr[1] (bytes 4..7); t2 writes byte 5 of arr via an unsigned char pointer (character access is allowed): same bytes, no sync */
#include <pthread.h>
#include <stdlib.h>
int arr[4];
void *t1(void *p){ arr[1]=1; return 0; }
void *t2(void *p){ ((unsigned char*)arr)[5]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
