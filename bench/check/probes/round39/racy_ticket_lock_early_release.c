/* TRUTH: racy — unlock one line too early: the worker releases now_serving before `balance += amount`, so the next ticket holder's balance update runs concurrently with it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_uint next_ticket, now_serving;
long balance;
static void lock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my)
    ;
}
static void unlock(void) { atomic_fetch_add(&now_serving, 1); }
static void *worker(void *arg) {
  long amount = (long)arg;
  for (int i = 0; i < 4; i++) {
    lock();
    unlock();
    balance += amount;
  }
  return NULL;
}
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, NULL, worker, (void *)1);
  pthread_create(&b, NULL, worker, (void *)10);
  pthread_create(&c, NULL, worker, (void *)100);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  pthread_join(c, NULL);
  if (balance != 444) reach_error();
  return 0;
}
