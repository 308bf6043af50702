/* TRUTH: racy — array of pointers ptrs = {&x, &x}: A writes *p[0], B writes *p[1]; both x */
#include <pthread.h>
int x;
int *ptrs[2] = { &x, &x };
void *A(void *a){ int **p = a; *p[0] = 1; return 0; }
void *B(void *a){ int **p = a; *p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,ptrs); pthread_create(&t2,0,B,ptrs);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
