/* TRUTH: racy — Peterson's lock with relaxed atomics: no happens-before between critical sections, so counter++ races */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int flag[2];
atomic_int turn;
int counter;

static void lock(int me) {
  int other = 1 - me;
  atomic_store_explicit(&flag[me], 1, memory_order_relaxed);
  atomic_store_explicit(&turn, other, memory_order_relaxed);
  while (atomic_load_explicit(&flag[other], memory_order_relaxed) &&
         atomic_load_explicit(&turn, memory_order_relaxed) == other)
    ;
}
static void unlock(int me) { atomic_store_explicit(&flag[me], 0, memory_order_relaxed); }

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
  printf("%d\n", counter);
  return 0;
}
