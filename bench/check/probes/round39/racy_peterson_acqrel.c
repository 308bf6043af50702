/* TRUTH: racy — protocol stores are release and loads acquire only (no seq_cst): the store-buffering outcome is allowed, both workers can read flag[other]==0 and enter together, so `counter = counter + 1` in the two workers races. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_int flag[2];
atomic_int turn;
int counter;
static void lock(int me) {
  int other = 1 - me;
  atomic_store_explicit(&flag[me], 1, memory_order_release);
  atomic_store_explicit(&turn, other, memory_order_release);
  while (atomic_load_explicit(&flag[other], memory_order_acquire) &&
         atomic_load_explicit(&turn, memory_order_acquire) == other)
    ;
}
static void unlock(int me) { atomic_store_explicit(&flag[me], 0, memory_order_release); }
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
