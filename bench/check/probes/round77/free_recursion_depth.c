/* TRUTH: free — rec(3) recurses down to 0 and writes x only when d==5, which never happens */
#include <pthread.h>
#include <stdlib.h>
int x;
void rec(int d){ if(d==5) x=1; if(d>0) rec(d-1); }
void *t1(void *a){ rec(3); return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
