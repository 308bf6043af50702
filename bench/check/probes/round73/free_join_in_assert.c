/* TRUTH: free — join inside assert (NDEBUG not defined, so it runs); main writes g after */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){ pthread_t t; assert(pthread_create(&t,0,w,0) == 0); assert(pthread_join(t, 0) == 0); g = 2; return g; }
