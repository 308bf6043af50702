/* TRUTH: free — main calls pthread_exit before its g write, which never runs; worker alone writes g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_exit(0); g = 2; return 0; }
