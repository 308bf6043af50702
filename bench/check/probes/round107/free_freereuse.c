/* TRUTH: free — A writes p[0] of b1, joined, b1 freed; b2 malloc'ed (may reuse memory); B writes p[0] of b2 */
#include <pthread.h>
#include <stdlib.h>
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; int *b1 = malloc(16);
  pthread_create(&t1,0,A,b1); pthread_join(t1,0); free(b1);
  int *b2 = malloc(16);
  pthread_create(&t2,0,B,b2); pthread_join(t2,0); free(b2); return 0; }
