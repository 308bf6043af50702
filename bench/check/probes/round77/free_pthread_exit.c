/* TRUTH: free — t1 calls pthread_exit before writing x */
#include <pthread.h>
#include <stdlib.h>
int x;
void *t1(void *a){ pthread_exit(0); x=1; return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
