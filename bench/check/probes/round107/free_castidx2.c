/* TRUTH: free — A writes p[(unsigned char)258] (= g[2]); B writes p[258] (= g[258]) */
#include <pthread.h>
int g[300];
void *A(void *a){ int *p = a; p[(unsigned char)258] = 1; return 0; }
void *B(void *a){ int *p = a; p[258] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
