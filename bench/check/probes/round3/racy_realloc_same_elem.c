/* TRUTH: racy. main mallocs then reallocs global buf before threads; both threads write buf[1]. */
#include <pthread.h>
#include <stdlib.h>
static int *buf;
static void *w(void *x) { buf[1] = (int)(long)x; return NULL; }
int main(void) {
  pthread_t a, b;
  buf = malloc(2 * sizeof *buf);
  if (!buf) return 1;
  int *nb = realloc(buf, 8 * sizeof *buf);
  if (!nb) return 1;
  buf = nb;
  pthread_create(&a, NULL, w, (void *)1);
  pthread_create(&b, NULL, w, (void *)2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return buf[1];
}
