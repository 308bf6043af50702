/* TRUTH: free — Peterson's lock with seq_cst atomic flag/turn; counter touched only inside the critical section */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#include <stdio.h>

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
  for (int i = 0; i < 1000; i++) {
    lock(me);
    counter++;
    unlock(me);
  }
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(counter == 2000);
  printf("%d\n", counter);
  return 0;
}
