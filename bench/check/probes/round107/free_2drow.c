/* TRUTH: free — A handed m[1] writes p[0] (= m[1][0]); B handed m writes p[0][1] (= m[0][1]) */
#include <pthread.h>
int m[2][4];
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int (*p)[4] = a; p[0][1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,m[1]); pthread_create(&t2,0,B,m);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
