/* TRUTH: free. After realloc (before threads), thread A writes buf[0], thread B buf[1]. */
#include <pthread.h>
#include <stdlib.h>
static int *buf;
static void *wa(void *x) { (void)x; buf[0] = 1; return NULL; }
static void *wb(void *x) { (void)x; buf[1] = 2; return NULL; }
int main(void) {
  pthread_t a, b;
  buf = malloc(sizeof *buf);
  if (!buf) return 1;
  int *nb = realloc(buf, 4 * sizeof *buf);
  if (!nb) return 1;
  buf = nb;
  pthread_create(&a, NULL, wa, NULL);
  pthread_create(&b, NULL, wb, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return buf[0] + buf[1];
}
