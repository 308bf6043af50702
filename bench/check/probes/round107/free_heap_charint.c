/* TRUTH: free — malloc'ed block: A stores char p[1] (byte 1), B stores int p[1] (bytes 4..7); disjoint */
#include <pthread.h>
#include <stdlib.h>
_Static_assert(sizeof(int) == 4, "sizes");
void *A(void *a){ char *p = a; p[1] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ void *b = malloc(16); pthread_t t1,t2; pthread_create(&t1,0,A,b); pthread_create(&t2,0,B,b);
  pthread_join(t1,0); pthread_join(t2,0); free(b); return 0; }
