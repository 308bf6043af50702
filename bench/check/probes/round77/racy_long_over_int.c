/* TRUTH: racy — t1 writes s.lo, t2 writes the second byte of s.lo via char pointer to s */
#include <pthread.h>
#include <stdlib.h>
struct { int lo; int hi; } s;
void *t1(void *p){ s.lo=1; return 0; }
void *t2(void *p){ ((char*)&s)[1]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
