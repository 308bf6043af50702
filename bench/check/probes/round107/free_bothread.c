/* TRUTH: free — A and B only read p[1] (= g[1]); main wrote it before creating them */
#include <pthread.h>
int g[4];
int r[2];
void *A(void *a){ int *p = a; r[0] = p[1]; return 0; }
void *B(void *a){ int *p = a; r[1] = p[1]; return 0; }
int main(void){ pthread_t t1,t2; g[1] = 3; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return r[0] != r[1]; }
