/* TRUTH: free — && evaluates wait_ok() (an acquire spin) before the assignment x = 1 */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int go; int out;
static int wait_ok(void) { while (!atomic_load(&go)) ; return 1; }
void *t(void *a) {
  if (wait_ok() && (x = 1)) out = 1;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 2;
  atomic_store(&go, 1);
  pthread_join(th, 0);
  return x + out;
}
