/* race-free: default (seq_cst) atomic_store/atomic_load of done guard the hand-off of result */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
long result;
atomic_bool done;
void *worker(void *p) { (void)p; long r = 1; for (int i = 1; i <= 10; i++) r *= 2; result = r; atomic_store(&done, 1); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  while (!atomic_load(&done)) ;
  assert(result == 1024);
  result = 0;
  pthread_join(t, NULL);
  return 0;
}
