/* TRUTH: racy — A modifies its void* parameter before copying it; p[0] is g[1]; B writes p[1] = g[1] */
#include <pthread.h>
int g[4];
void *A(void *a){ a = (int *)a + 1; int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
