/* TRUTH: free — A advances p through a pointer-to-pointer, so p[0] is g[1]; B writes p[0] = g[0] */
#include <pthread.h>
int g[4];
void *A(void *a){ int *p = a; int **pp = &p; *pp += 1; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
