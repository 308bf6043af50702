/* TRUTH: free — join checked, failure exits; main writes g after a successful join */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
void *w(void *x){ g = 1; return 0; }
int main(void){ pthread_t t; if (pthread_create(&t,0,w,0)) return 1; if (pthread_join(t, 0) != 0) exit(1); g = 2; return g; }
