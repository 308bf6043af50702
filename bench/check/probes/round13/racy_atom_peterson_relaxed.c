/* racy: Peterson with relaxed atomics: store-buffer reordering lets both threads enter, and nothing orders their cs accesses */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag[2];
atomic_int turn;
int cs;
static void enter(int me) {
  int other = 1 - me;
  atomic_store_explicit(&flag[me], 1, memory_order_relaxed);
  atomic_store_explicit(&turn, other, memory_order_relaxed);
  while (atomic_load_explicit(&flag[other], memory_order_relaxed) && atomic_load_explicit(&turn, memory_order_relaxed) == other) ;
}
static void leave(int me) { atomic_store_explicit(&flag[me], 0, memory_order_relaxed); }
void *t(void *p) { int me = (int)(long)p; for (int i = 0; i < 5; i++) { enter(me); cs++; leave(me); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t, (void *)0L);
  pthread_create(&b, NULL, t, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return cs;
}
