/* TRUTH: free — the buffer pointer is claimed with an atomic exchange; only the one thread that gets non-NULL writes the buffer; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }

int storage[8];
int *avail = storage;
int winner_count;

void *claimer(void *arg) {
  int *mine = __atomic_exchange_n(&avail, (int *)0, __ATOMIC_ACQ_REL);
  int i;
  if (mine) {
    for (i = 0; i < 8; i++) mine[i] = i + 1;
    __atomic_fetch_add(&winner_count, 1, __ATOMIC_RELAXED);
  }
  return 0;
}

int main(void) {
  pthread_t t[3];
  int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, claimer, 0);
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  if (winner_count != 1 || storage[7] != 8) reach_error();
  return 0;
}
