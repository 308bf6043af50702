/* TRUTH: free — A writes p[0] of b, joined; b is realloc'ed; B writes p[0] of the new b */
#include <pthread.h>
#include <stdlib.h>
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; int *b = malloc(2 * sizeof(int));
  pthread_create(&t1,0,A,b); pthread_join(t1,0);
  b = realloc(b, 8 * sizeof(int));
  pthread_create(&t2,0,B,b); pthread_join(t2,0); free(b); return 0; }
