/* TRUTH: free — unsigned char c=200; c+=100 wraps to 44, so c>250 false and t1 never writes x */
#include <pthread.h>
#include <stdlib.h>
int x;
void *t1(void *a){ unsigned char c=200; c+=100; if(c>250) x=1; return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
