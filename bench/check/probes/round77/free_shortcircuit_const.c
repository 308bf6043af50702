/* TRUTH: free — flag is 1 and never written, so flag || (x=1) never evaluates the assignment */
#include <pthread.h>
#include <stdlib.h>
int x; int flag=1;
void *t1(void *a){ (void)(flag || (x=1)); return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
