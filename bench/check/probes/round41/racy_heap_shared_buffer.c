/* TRUTH: racy — main mallocs one buffer and hands the SAME pointer to both threads; both write b[0] (line 5). */
#include <pthread.h>
#include <stdlib.h>
void *w(void *a) {
  int *b = a; b[0] = (int)(long)pthread_self(); return 0; }
int main(void) { pthread_t p, q; int *buf = malloc(4 * sizeof *buf); if (!buf) return 1;
  pthread_create(&p, 0, w, buf); pthread_create(&q, 0, w, buf);
  pthread_join(p, 0); pthread_join(q, 0); free(buf); return 0; }
