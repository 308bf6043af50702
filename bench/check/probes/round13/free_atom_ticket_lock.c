/* race-free: ticket lock (fetch_add next, acquire-spin on serving, release increment) guards balance */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
atomic_uint next_ticket, serving;
int balance;
static void lock(void) {
  unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
  while (atomic_load_explicit(&serving, memory_order_acquire) != my) ;
}
static void unlock(void) {
  unsigned s = atomic_load_explicit(&serving, memory_order_relaxed);
  atomic_store_explicit(&serving, s + 1, memory_order_release);
}
void *dep(void *p) { int amt = (int)(long)p; for (int i = 0; i < 20; i++) { lock(); balance += amt; unlock(); } return NULL; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, dep, (void *)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  assert(balance == 120);
  return 0;
}
