/* racy: main resets result without waiting on done in the path where the first check fails */
#include <pthread.h>
#include <stdatomic.h>
long result;
atomic_bool done;
void *worker(void *p) { (void)p; long r = 1; for (int i = 1; i <= 10; i++) r *= 2; result = r; atomic_store(&done, 1); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  if (!atomic_load(&done)) { result = 0; }
  pthread_join(t, NULL);
  return (int)result;
}
