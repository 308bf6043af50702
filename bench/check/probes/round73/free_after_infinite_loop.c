/* TRUTH: free — worker g = 1 (line 7) follows an infinite loop and never runs; main returns (ending the process) */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
void *w(void *x){ for (;;) sleep(1);
  g = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); g = 2; return 0; }
