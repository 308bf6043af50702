/* TRUTH: racy — use_then_wait() does x++ before its spin, concurrently with main's x = 6 */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int go;
static void use_then_wait(void) { x++; while (!atomic_load(&go)) ; }
void *t(void *a) {
  use_then_wait();
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 6;
  atomic_store(&go, 1);
  pthread_join(th, 0);
  return x;
}
