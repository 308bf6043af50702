/* TRUTH: free — A views int g[4] as struct {int x,y;}*: p[1].x is g[2]; B writes int p[1] = g[1] */
#include <pthread.h>
struct S { int x, y; };
int g[4];
void *A(void *a){ struct S *p = a; p[1].x = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
