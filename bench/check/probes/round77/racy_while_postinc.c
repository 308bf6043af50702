/* TRUTH: racy — j=0; while(j++ < 3) a[j]=1 writes a[1],a[2],a[3]; t2 writes a[3] */
#include <pthread.h>
int a[8];
void *t1(void *p){ int j=0; while(j++ < 3) a[j]=1; return 0; }
void *t2(void *p){ a[3]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
