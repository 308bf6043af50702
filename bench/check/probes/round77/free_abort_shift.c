/* TRUTH: free — (1u<<31) > 0x7fffffff is true, so t1 always aborts before x=1 */
#include <pthread.h>
#include <stdlib.h>
int x;
void *t1(void *a){ unsigned v=1u<<31; if(v > 0x7fffffffu) abort(); x=1; return 0; }
void *t2(void *a){ int y=x; (void)y; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
