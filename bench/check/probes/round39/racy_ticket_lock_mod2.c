/* TRUTH: racy — tickets are taken modulo 2 (`% 2`), so with 3 threads two of them can hold ticket 0; while now_serving==0 both pass the spin and their `balance += amount` race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_uint next_ticket, now_serving;
long balance;
static unsigned lock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1) % 2;
  while (atomic_load(&now_serving) != my)
    ;
  return my;
}
static void unlock(unsigned my) { atomic_store(&now_serving, (my + 1) % 2); }
static void *worker(void *arg) {
  long amount = (long)arg;
  unsigned my = lock();
  balance += amount;
  unlock(my);
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
  if (balance != 111) reach_error();
  return 0;
}
