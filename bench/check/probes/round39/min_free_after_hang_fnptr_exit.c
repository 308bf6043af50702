/* TRUTH: free — worker a calls pthread_exit through a function pointer, so its `shared = 1` never runs; only b writes shared before the joins. */
#include <pthread.h>
static int shared;
static void (*volatile leave)(void *) = pthread_exit;
static void *a(void *p) {
  (void)p;
  leave(0);
  shared = 1;
  return 0;
}
static void *b(void *p) { (void)p; shared = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return shared;
}
