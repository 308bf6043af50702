/* TRUTH: racy — heap b; A handed b writes p[3]; B handed &b[1] writes p[2]: both b[3] */
#include <pthread.h>
#include <stdlib.h>
void *A(void *a){ int *p = a; p[3] = 1; return 0; }
void *B(void *a){ int *p = a; p[2] = 2; return 0; }
int main(void){ pthread_t t1,t2; int *b = malloc(4 * sizeof(int));
  pthread_create(&t1,0,A,b); pthread_create(&t2,0,B,&b[1]);
  pthread_join(t1,0); pthread_join(t2,0); free(b); return 0; }
