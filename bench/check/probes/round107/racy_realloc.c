/* TRUTH: racy — A writes p[0] of b while main, not having joined, realloc()s b (realloc reads/frees the old block) */
#include <pthread.h>
#include <stdlib.h>
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
int main(void){ pthread_t t1; int *b = malloc(2 * sizeof(int));
  pthread_create(&t1,0,A,b);
  int *nb = realloc(b, 1 << 20);
  pthread_join(t1,0); free(nb); return 0; }
