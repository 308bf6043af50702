/* TRUTH: free — the late thread calls pause() with no signal handler installed: pause returns only after a signal handler ran, so it never returns (an uncaught signal kills the process); `g = 2` never executes, main's `g = 1` has no partner. */
#include <pthread.h>
#include <unistd.h>
int g;
static void *late(void *p) {
  (void)p;
  pause();
  g = 2;
  return 0;
}
int main(void) {
  pthread_t x;
  pthread_create(&x, 0, late, 0);
  g = 1;
  return 0;
}
