/* race-free: Anderson array lock, slot from fetch_add, hand-off by release store to next slot flag, guards shared x */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#define NT 3
#define SLOTS 4
atomic_int flags[SLOTS] = { 1, 0, 0, 0 };
atomic_uint tail;
int x;
static unsigned lock(void) {
  unsigned s = atomic_fetch_add(&tail, 1) % SLOTS;
  while (!atomic_load_explicit(&flags[s], memory_order_acquire)) ;
  atomic_store_explicit(&flags[s], 0, memory_order_relaxed);
  return s;
}
static void unlock(unsigned s) { atomic_store_explicit(&flags[(s + 1) % SLOTS], 1, memory_order_release); }
void *w(void *p) { (void)p; for (int i = 0; i < 10; i++) { unsigned s = lock(); x++; unlock(s); } return NULL; }
int main(void) {
  pthread_t t[NT];
  for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
  assert(x == 30);
  return 0;
}
