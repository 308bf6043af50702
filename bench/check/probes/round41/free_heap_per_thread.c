/* TRUTH: free — each thread mallocs its own buffer and writes it (line 6); nothing shared is written; the result pointer is read by main after join. */
#include <pthread.h>
#include <stdlib.h>
void *w(void *a) {
  int *b = malloc(4 * sizeof *b); if (!b) return 0;
  for (int i = 0; i < 4; i++) b[i] = i; return b; }
int main(void) { pthread_t p, q; void *r1, *r2;
  pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0);
  pthread_join(p, &r1); pthread_join(q, &r2); free(r1); free(r2); return 0; }
