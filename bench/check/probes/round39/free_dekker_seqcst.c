/* TRUTH: free — Dekker's algorithm with seq_cst atomics for wants[] and turn gives mutual exclusion; the unlock stores (turn, wants[me]=0) are read by the other thread's acquire loads before it enters, so the accesses to `shared` are ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_int wants[2];
atomic_int turn;
int shared;
static void enter(int me) {
  int other = 1 - me;
  atomic_store(&wants[me], 1);
  while (atomic_load(&wants[other])) {
    if (atomic_load(&turn) != me) {
      atomic_store(&wants[me], 0);
      while (atomic_load(&turn) != me)
        ;
      atomic_store(&wants[me], 1);
    }
  }
}
static void leave(int me) {
  atomic_store(&turn, 1 - me);
  atomic_store(&wants[me], 0);
}
static void *worker(void *arg) {
  int me = (int)(long)arg;
  for (int i = 0; i < 2; i++) {
    enter(me);
    shared += 10;
    leave(me);
  }
  return NULL;
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, worker, (void *)0);
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  if (shared != 40) reach_error();
  return 0;
}
