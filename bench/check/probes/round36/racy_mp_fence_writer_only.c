/* TRUTH: racy — release fence only in the writer; the reader's relaxed load loop has no acquire fence or acquire load after it, so no synchronizes-with: r = data races with data = 1. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data; static atomic_int flag;
static void *writer(void *arg) {
  data = 1;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  while (atomic_load_explicit(&flag, memory_order_relaxed) == 0) ;
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
