/* TRUTH: racy — the thread exits only if ready is already set, so when it is not it writes x concurrently with main's x = 4 */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int ready;
void *t(void *a) {
  if (atomic_load(&ready)) pthread_exit(0);
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
