/* TRUTH: free — ticket lock: fetch_add for tickets, seq_cst load/store of 'serving' (only the holder stores it), so 'sum' is ordered */
#include <pthread.h>
#include <stdatomic.h>

atomic_uint next_ticket;
atomic_uint serving;
int sum;

void tlock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&serving) != my) {}
}
void tunlock(void) { atomic_store(&serving, atomic_load(&serving) + 1); }

void *worker(void *arg) {
  tlock();
  sum += (int)(long)arg;
  tunlock();
  return 0;
}

int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], 0, worker, (void *)(i + 1));
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return sum;
}
