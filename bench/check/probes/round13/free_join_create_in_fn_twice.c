/* race-free: run_batch creates and joins its thread before returning; called twice sequentially */
#include <pthread.h>
#include <assert.h>
int acc;
void *w(void *p) { acc += (int)(long)p; return NULL; }
static void run_batch(long v) {
  pthread_t t;
  pthread_create(&t, NULL, w, (void *)v);
  pthread_join(t, NULL);
}
int main(void) {
  run_batch(1);
  run_batch(2);
  acc *= 2;
  assert(acc == 6);
  return 0;
}
