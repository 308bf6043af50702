/* TRUTH: free — main always takes `exit(0)` (getpid() > 0) right after starting the worker, so main's `shared = 1` never runs; only the worker writes shared. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
static int shared;
static void *w(void *p) { (void)p; shared = 2; return 0; }
int main(void) {
  pthread_t x;
  pthread_create(&x, 0, w, 0);
  if (getpid() > 0) exit(0);
  shared = 1;
  pthread_join(x, 0);
  return shared;
}
