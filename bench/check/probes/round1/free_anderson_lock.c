/* TRUTH: free. Anderson array lock: fetch_add picks a slot, spin on own slot (seq_cst),
   pass the lock to the next slot. slot[0] starts as 1 (free). */
#include <pthread.h>
#include <stdatomic.h>
#define N 4
atomic_int slot_ok[N] = {1};
atomic_uint tail;
int shared;
static unsigned lock(void) {
  unsigned my = atomic_fetch_add(&tail, 1) % N;
  while (!atomic_load(&slot_ok[my])) ;
  atomic_store(&slot_ok[my], 0);
  return my;
}
static void unlock(unsigned my) { atomic_store(&slot_ok[(my + 1) % N], 1); }
void *worker(void *arg) { unsigned s = lock(); shared += 3; unlock(s); return NULL; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return shared;
}
