/* TRUTH: free — flag[] and turn are seq_cst atomics, so Peterson's protocol gives mutual exclusion, and each entry reads (acquire) the value another thread stored (release) after its critical section (flag[other]=0 in unlock, or turn in its next lock), so the accesses to `counter` in worker (`counter = counter + 1`) are ordered by happens-before; main reads counter after both joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_int flag[2];
atomic_int turn;
int counter;
static void lock(int me) {
  int other = 1 - me;
  atomic_store(&flag[me], 1);
  atomic_store(&turn, other);
  while (atomic_load(&flag[other]) && atomic_load(&turn) == other)
    ;
}
static void unlock(int me) { atomic_store(&flag[me], 0); }
static void *worker(void *arg) {
  int me = (int)(long)arg;
  for (int i = 0; i < 3; i++) {
    lock(me);
    counter = counter + 1;
    unlock(me);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)0);
  pthread_create(&b, NULL, worker, (void *)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (counter != 6) reach_error();
  return 0;
}
