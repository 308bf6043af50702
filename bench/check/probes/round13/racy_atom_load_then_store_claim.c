/* racy: claim done with separate load and store; several threads can see 0 and all write winner_data */
#include <pthread.h>
#include <stdatomic.h>
atomic_int claimed;
int winner_data;
void *w(void *p) {
  if (atomic_load(&claimed) == 0) { atomic_store(&claimed, 1); winner_data = (int)(long)p + 100; }
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return winner_data;
}
