/* TRUTH: free — worker a always aborts (getpid() > 0) before `shared = 1`, so that write never executes; b's write has no partner. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
static int shared;
static void *a(void *p) {
  (void)p;
  if (getpid() > 0) abort();
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
