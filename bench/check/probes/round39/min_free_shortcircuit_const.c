/* TRUTH: free — `0 && (g = 1)` never evaluates its right operand, so neither thread writes g; both only... in fact no access to g happens at all. */
#include <pthread.h>
int g;
static void *t(void *p) {
  (void)p;
  (void)(0 && (g = 1));
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return g;
}
