/* TRUTH: racy — thread 0 writes a[j] before checking j==4, so writes a[0..4]; overlaps t1 at a[4] */
#include <pthread.h>
int a[8];
void *t0(void *arg){ for(int j=0;j<8;j++){ a[j]=1; if(j==4) break; } return 0; }
void *t1(void *arg){ for(int j=4;j<8;j++) a[j]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t0,0); pthread_create(&y,0,t1,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
