/* TRUTH: free — thread 0 loop breaks when j==4, so it writes only a[0..3]; thread 1 writes a[4..7] */
#include <pthread.h>
int a[8];
void *t0(void *arg){ for(int j=0;j<8;j++){ if(j==4) break; a[j]=1; } return 0; }
void *t1(void *arg){ for(int j=4;j<8;j++) a[j]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t0,0); pthread_create(&y,0,t1,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
