/* TRUTH: free — the controlling expression of _Generic is not evaluated (C11 6.5.1.1p3), so `_Generic(hits = 1, ...)` never writes hits; the threads only read it. */
#include <pthread.h>
int hits;
int out[2];
static void *t(void *p) {
  long id = (long)p;
  out[id] = _Generic(hits = 1, int: 4, default: 0) + hits;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, (void *)0);
  pthread_create(&y, 0, t, (void *)1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
