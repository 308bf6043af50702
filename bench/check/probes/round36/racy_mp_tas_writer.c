/* TRUTH: racy — the writer publishes with __sync_lock_test_and_set, which GCC documents as an ACQUIRE barrier only (not release): data = 1 is not ordered before the flag write for the reader's acquire load, so r = data races with data = 1. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data; static int flag;
static void *writer(void *arg) {
  data = 1;
  __sync_lock_test_and_set(&flag, 1);
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  while (__atomic_load_n(&flag, __ATOMIC_ACQUIRE) == 0) ;
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
