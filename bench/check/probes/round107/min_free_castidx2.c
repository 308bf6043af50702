/* TRUTH: free — p[(unsigned char)258] is g[2], p[258] is g[258]; checker folds both to 258 and reports a definite race */
#include <pthread.h>
int g[259];
void *A(void *a){ int *p = a; p[(unsigned char)258] = 1; return 0; }
void *B(void *a){ int *p = a; p[258] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
