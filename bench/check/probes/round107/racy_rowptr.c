/* TRUTH: racy — A views int g[4] as int(*)[2]: p[1][0] is g[2]; B writes int p[2] = g[2] */
#include <pthread.h>
int g[4];
void *A(void *a){ int (*p)[2] = a; p[1][0] = 1; return 0; }
void *B(void *a){ int *p = a; p[2] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
