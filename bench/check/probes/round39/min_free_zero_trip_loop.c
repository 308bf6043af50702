/* TRUTH: free — ROUNDS is 0, so the counting loop's body (`shared = i`) never runs in worker a; only b writes shared. */
#include <pthread.h>
#define ROUNDS 0
static int shared;
static void *a(void *p) {
  (void)p;
  for (int i = 0; i < ROUNDS; i++) shared = i;
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
