/* racy: the serving spin load is relaxed (not acquire), so the next holder's access to balance is not ordered after the previous holder's */
#include <pthread.h>
#include <stdatomic.h>
atomic_uint next_ticket, serving;
int balance;
static void lock(void) {
  unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
  while (atomic_load_explicit(&serving, memory_order_relaxed) != my) ;
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
  return balance;
}
