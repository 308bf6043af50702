/* TRUTH: racy — -7/2 == -3, not -4, so abort is skipped; t1 writes x racing t2 */
#include <pthread.h>
#include <stdlib.h>
int x;
void *t1(void *a){ int n=-7; int q=n/2; if(q==-4) abort(); x=1; return 0; }
void *t2(void *a){ int y=x; (void)y; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
