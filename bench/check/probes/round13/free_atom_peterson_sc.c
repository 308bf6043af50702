/* race-free: Peterson's algorithm with seq_cst atomics for flag/turn gives mutual exclusion and happens-before on cs */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
atomic_int flag[2];
atomic_int turn;
int cs;
static void enter(int me) {
  int other = 1 - me;
  atomic_store(&flag[me], 1);
  atomic_store(&turn, other);
  while (atomic_load(&flag[other]) && atomic_load(&turn) == other) ;
}
static void leave(int me) { atomic_store(&flag[me], 0); }
void *t(void *p) { int me = (int)(long)p; for (int i = 0; i < 5; i++) { enter(me); cs++; leave(me); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t, (void *)0L);
  pthread_create(&b, NULL, t, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(cs == 10);
  return 0;
}
