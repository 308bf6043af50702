/* race-free: Dekker's algorithm with seq_cst atomics protects shared x */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
atomic_int want[2];
atomic_int turn;
int x;
static void lock(int me) {
  int o = 1 - me;
  atomic_store(&want[me], 1);
  while (atomic_load(&want[o])) {
    if (atomic_load(&turn) != me) {
      atomic_store(&want[me], 0);
      while (atomic_load(&turn) != me) ;
      atomic_store(&want[me], 1);
    }
  }
}
static void unlock(int me) { atomic_store(&turn, 1 - me); atomic_store(&want[me], 0); }
void *t(void *p) { int me = (int)(long)p; for (int i = 0; i < 4; i++) { lock(me); x = x * 2 + me; unlock(me); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t, (void *)0L);
  pthread_create(&b, NULL, t, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(x >= 0);
  return 0;
}
