/* TRUTH: free — t1 writes a[0],a[3],a[6],a[9]; t2 writes a[8] */
#include <pthread.h>
int a[12];
void *t1(void *p){ for(int j=0;j<10;j+=3) a[j]=1; return 0; }
void *t2(void *p){ a[8]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
