/* TRUTH: racy — 5 & 3 == 1 parses as 5 & (3==1) = 0, so no abort; t1 writes x */
#include <pthread.h>
#include <stdlib.h>
int x;
void *t1(void *a){ int v=5; if(v & 3 == 1) abort(); x=1; return 0; }
void *t2(void *a){ int y=x; (void)y; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
