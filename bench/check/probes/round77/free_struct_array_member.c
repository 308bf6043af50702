/* TRUTH: free — t1 writes s.b (offset 8), t2 writes s.a[1] (offset 4) */
#include <pthread.h>
struct { int a[2]; int b; } s;
void *t1(void *p){ s.b=1; return 0; }
void *t2(void *p){ s.a[1]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
