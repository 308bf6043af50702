/* TRUTH: free — B joins A (handle in a global, set by pthread_create before B exists) before writing p[0]; A writes p[0] */
#include <pthread.h>
int g[4];
pthread_t ta;
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; pthread_join(ta, 0); p[0] = 2; return 0; }
int main(void){ pthread_t tb; pthread_create(&ta,0,A,g); pthread_create(&tb,0,B,g);
  pthread_join(tb,0); return g[0] != 2; }
