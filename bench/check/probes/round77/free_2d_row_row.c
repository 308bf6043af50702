/* TRUTH: free — t1 writes row 2, t2 writes row 3 */
#include <pthread.h>
int m[4][4];
void *t1(void *p){ for(int j=0;j<4;j++) m[2][j]=1; return 0; }
void *t2(void *p){ for(int j=0;j<4;j++) m[3][j]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
