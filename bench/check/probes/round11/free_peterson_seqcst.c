// free: Peterson's algorithm with seq_cst atomics for flag[] and turn guarantees exclusion and happens-before for cs.
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag[2];
atomic_int turn;
int cs;
void *t(void *arg) {
  int me = (int)(long)arg, other = 1 - me;
  atomic_store(&flag[me], 1);
  atomic_store(&turn, other);
  while (atomic_load(&flag[other]) && atomic_load(&turn) == other) {}
  cs++;
  atomic_store(&flag[me], 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)0L);
  pthread_create(&b, 0, t, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
