/* racy: losers read winner_data; the winner writes it after its exchange, so the loser's read is not ordered after the write */
#include <pthread.h>
#include <stdatomic.h>
atomic_int claimed;
int winner_data;
int seen[4];
void *w(void *p) {
  long id = (long)p;
  if (atomic_exchange(&claimed, 1) == 0) winner_data = (int)id + 100;
  else seen[id] = winner_data;
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return winner_data;
}
