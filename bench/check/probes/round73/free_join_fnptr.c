/* TRUTH: free — pthread_join is called through a function pointer; main reads g only after it returns */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){ int (*jn)(pthread_t, void **) = pthread_join; pthread_t t; pthread_create(&t,0,w,0); jn(t, 0); return g; }
