/* TRUTH: free — atexit handler reads x, but main joins the writer before returning */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
int x;
void h(void){ printf("%d\n", x); }
void *w(void *p){ x = 1; return 0; }
int main(void){ pthread_t t; atexit(h); pthread_create(&t,0,w,0); pthread_join(t,0); return 0; }
