/* TRUTH: free — raise(SIGKILL) terminates the process (SIGKILL cannot be caught), so the thread's `g = 2` never executes; main's `g = 1` has no partner. */
#include <pthread.h>
#include <signal.h>
int g;
static void *killer(void *p) {
  (void)p;
  raise(SIGKILL);
  g = 2;
  return 0;
}
int main(void) {
  pthread_t x;
  pthread_create(&x, 0, killer, 0);
  g = 1;
  pthread_join(x, 0);
  return 0;
}
