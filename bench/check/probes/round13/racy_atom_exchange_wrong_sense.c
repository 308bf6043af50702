/* racy: test is == 1, so every loser (at least two of four threads) writes winner_data concurrently */
#include <pthread.h>
#include <stdatomic.h>
atomic_int claimed;
int winner_data;
void *w(void *p) {
  if (atomic_exchange(&claimed, 1) == 1) winner_data = (int)(long)p + 100;
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return winner_data;
}
