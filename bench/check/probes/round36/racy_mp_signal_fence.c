/* TRUTH: racy — atomic_signal_fence only orders a thread with a signal handler in the same thread (C11 7.17.5); with relaxed flag accesses there is no inter-thread synchronization: the reader's r = data races with the writer's data = 1. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data; static atomic_int flag;
static void *writer(void *arg) {
  data = 1;
  atomic_signal_fence(memory_order_seq_cst);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  while (atomic_load_explicit(&flag, memory_order_relaxed) == 0) ;
  atomic_signal_fence(memory_order_seq_cst);
  r = data;
  return (void *)(long)r;
}
int main(void) {
  pthread_t w, r;

  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
