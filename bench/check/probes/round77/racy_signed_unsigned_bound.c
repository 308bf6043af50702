/* TRUTH: racy — n=-1 compared against unsigned j: j < (unsigned)-1 is huge, so loop runs all 8 elements; thread 0 covers a[0..7] overlapping thread 1's a[4..7] */
#include <pthread.h>
int a[8];
int n = -1;
void *t0(void *arg){ for(unsigned j=0;j<n && j<8;j++) a[j]=1; return 0; }
void *t1(void *arg){ for(int j=4;j<8;j++) a[j]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t0,0); pthread_create(&y,0,t1,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
