/* TRUTH: free — thread calls exit() before its write, so its write is unreachable; main writes x */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
int x;
void *w(void *p){ exit(0); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return 0; }
