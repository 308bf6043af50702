/* TRUTH: free — supported_workers() always returns 1, so worker a always calls pthread_exit before `shared = 1`; only b writes shared. */
#include <pthread.h>
static int shared;
static int supported_workers(void) { return 1; }
static void *a(void *p) {
  (void)p;
  if (supported_workers() < 2) pthread_exit(0);
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
