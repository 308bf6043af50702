/* TRUTH: racy — unsigned char c=200; c+=50 = 250, c>=250 true, t1 writes x racing t2 */
#include <pthread.h>
#include <stdlib.h>
int x;
void *t1(void *a){ unsigned char c=200; c+=50; if(c>=250) x=1; return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
