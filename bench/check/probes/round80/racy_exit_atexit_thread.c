/* TRUTH: racy — thread calls exit(); atexit handler runs in that thread and reads x while main writes x */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
volatile int x;
void h(void){ printf("%d\n", x); }
void *w(void *p){ exit(0); }
int main(void){ pthread_t t; atexit(h); pthread_create(&t,0,w,0); for(;;) x++; }
