/* TRUTH: racy — the reader's wait loop also stops when its counter runs out (while (!acquire-load(flag) && tries++ < 1000)), so it may read r = data without having seen flag == 1: unordered with the writer's data = 1. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data; static atomic_int flag;
static void *writer(void *arg) {
  data = 1;
  atomic_store_explicit(&flag, 1, memory_order_release);
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  int tries = 0;
  while (!atomic_load_explicit(&flag, memory_order_acquire) && tries++ < 1000) ;
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
