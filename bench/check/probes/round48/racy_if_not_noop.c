/* TRUTH: racy — the check of ready has an empty body, so the thread writes x whether or not main has finished its x = 4 */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int ready;
void *t(void *a) {
  if (!atomic_load(&ready)) { }
  x = 5;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 4;
  atomic_store(&ready, 1);
  pthread_join(th, 0);
  return x;
}
