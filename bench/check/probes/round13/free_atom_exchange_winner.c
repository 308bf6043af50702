/* race-free: atomic_exchange returns 0 to exactly one thread; only that thread writes winner_data */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
atomic_int claimed;
int winner_data;
void *w(void *p) {
  if (atomic_exchange(&claimed, 1) == 0) winner_data = (int)(long)p + 100;
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  assert(winner_data >= 100);
  return 0;
}
