/* TRUTH: racy — heap b; A handed b writes p[2]; B handed c = b + 2 writes p[0]: both b[2] */
#include <pthread.h>
#include <stdlib.h>
void *A(void *a){ int *p = a; p[2] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; int *b = malloc(4 * sizeof(int)); int *c = b + 2;
  pthread_create(&t1,0,A,b); pthread_create(&t2,0,B,c);
  pthread_join(t1,0); pthread_join(t2,0); free(b); return 0; }
