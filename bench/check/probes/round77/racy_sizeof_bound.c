/* TRUTH: racy — int k=-1; k < (int)(sizeof(a)/sizeof(a[0])) true, thread 0 writes a[0] concurrently with t1 */
#include <pthread.h>
int a[4];
void *t0(void *arg){ int k=-1; if (k < (int)(sizeof(a)/sizeof(a[0]))) a[0]=1; return 0; }
void *t1(void *arg){ a[0]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t0,0); pthread_create(&y,0,t1,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
