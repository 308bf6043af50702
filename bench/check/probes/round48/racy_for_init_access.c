/* TRUTH: racy — the for-init x = 1 runs before the spin on go, concurrently with main's x = 2 */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int go;
void *t(void *a) {
  for (x = 1; !atomic_load(&go); )
    ;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 2;
  atomic_store(&go, 1);
  pthread_join(th, 0);
  return x;
}
