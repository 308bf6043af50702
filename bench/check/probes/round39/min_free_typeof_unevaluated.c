/* TRUTH: free — `__typeof__(level = 3)` only names a type (no VLA), its expression is not evaluated; both threads only read `level`. */
#include <pthread.h>
int level;
int out[2];
static void *t(void *p) {
  long id = (long)p;
  __typeof__(level = 3) copy = level;
  out[id] = copy;
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
