/* TRUTH: racy — destructor-attribute fn reads x at exit while unjoined thread writes x */
#include <pthread.h>
#include <stdio.h>
int x;
void *w(void *p){ x = 1; return 0; }
__attribute__((destructor)) static void fin(void){ printf("%d\n", x); }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); return 0; }
