/* TRUTH: racy — u.i and u.c[3] share the 4th byte */
#include <pthread.h>
union { int i; char c[4]; } u;
void *t1(void *p){ u.i=1; return 0; }
void *t2(void *p){ u.c[3]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
