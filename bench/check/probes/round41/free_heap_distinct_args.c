/* TRUTH: free — main mallocs a separate buffer for each thread; each thread writes only its own b[0] (line 5); main reads after joins. */
#include <pthread.h>
#include <stdlib.h>
void *w(void *a) {
  int *b = a; b[0] = 1; return 0; }
int main(void) { pthread_t p, q; int *x = malloc(sizeof *x), *y = malloc(sizeof *y); if (!x || !y) return 1;
  pthread_create(&p, 0, w, x); pthread_create(&q, 0, w, y);
  pthread_join(p, 0); pthread_join(q, 0); int s = *x + *y; free(x); free(y); return s; }
