/* TRUTH: free — ptrs = {&x, &y}: A writes *p[0] (x), B writes *p[1] (y) */
#include <pthread.h>
int x, y;
int *ptrs[2] = { &x, &y };
void *A(void *a){ int **p = a; *p[0] = 1; return 0; }
void *B(void *a){ int **p = a; *p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,ptrs); pthread_create(&t2,0,B,ptrs);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
