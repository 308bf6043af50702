/* TRUTH: free — malloc'ed block (no declared type): A stores short p[1] (bytes 2..3), B stores int p[1] (bytes 4..7); disjoint */
#include <pthread.h>
#include <stdlib.h>
_Static_assert(sizeof(short) == 2 && sizeof(int) == 4, "sizes");
void *A(void *a){ short *p = a; p[1] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ void *b = malloc(16); pthread_t t1,t2; pthread_create(&t1,0,A,b); pthread_create(&t2,0,B,b);
  pthread_join(t1,0); pthread_join(t2,0); free(b); return 0; }
