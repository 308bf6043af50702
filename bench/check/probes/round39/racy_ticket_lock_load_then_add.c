/* TRUTH: racy — the ticket is read with atomic_load and the counter bumped separately, so two threads may draw the same ticket; both then pass `now_serving == my` and their `balance += amount` race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_uint next_ticket, now_serving;
long balance;
static void lock(void) {
  unsigned my = atomic_load(&next_ticket);
  atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my)
    ;
}
static void unlock(void) { atomic_fetch_add(&now_serving, 1); }
static void *worker(void *arg) {
  long amount = (long)arg;
  lock();
  balance += amount;
  unlock();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)1);
  pthread_create(&b, NULL, worker, (void *)10);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (balance != 11) reach_error();
  return 0;
}
