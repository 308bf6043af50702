/* TRUTH: free — strcmp("go", "go") is 0, so worker a always returns before `shared = 1`; only b writes shared before the joins. */
#include <pthread.h>
#include <string.h>
static int shared;
static void *a(void *p) {
  (void)p;
  if (strcmp("go", "go") == 0) return 0;
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
