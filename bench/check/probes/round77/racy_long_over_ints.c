/* TRUTH: racy — malloc buffer of longs: t1 writes ((long*)buf)[0] covering bytes 0..7; t2 writes ((int*)buf)[1] bytes 4..7 (effective type set by each store; no aliasing read) */
#include <pthread.h>
#include <stdlib.h>
void *buf;
void *t1(void *p){ ((long*)buf)[0]=1; return 0; }
void *t2(void *p){ ((int*)buf)[1]=2; return 0; }
int main(void){ pthread_t x,y; buf=malloc(32); pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
