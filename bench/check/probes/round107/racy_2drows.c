/* TRUTH: racy — A handed m[1], B handed &m[1][0]; both write p[1] (= m[1][1]) */
#include <pthread.h>
int m[2][4];
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,m[1]); pthread_create(&t2,0,B,&m[1][0]);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
