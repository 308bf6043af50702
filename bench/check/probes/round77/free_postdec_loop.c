/* TRUTH: free — for(unsigned j=5; j-- > 2;) visits 4,3,2; t2 writes a[5] */
#include <pthread.h>
int a[8];
void *t1(void *p){ for(unsigned j=5; j-- > 2;) a[j]=1; return 0; }
void *t2(void *p){ a[5]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
