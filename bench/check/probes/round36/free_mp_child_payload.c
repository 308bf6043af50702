/* TRUTH: free — the writer joins its helper (which wrote data = 1) BEFORE the release store of flag, so data = 1 happens before the store, which the reader's acquire loop reads: data = 1 happens before the reader's read of data. */
#include <pthread.h>
#include <stdatomic.h>
static int data;
static atomic_int flag;
static void *helper(void *a) { data = 1; return 0; }
static void *writer(void *a) {
  pthread_t h;
  pthread_create(&h, 0, helper, 0);
  pthread_join(h, 0);
  atomic_store_explicit(&flag, 1, memory_order_release);
  return 0;
}
static void *reader(void *a) {
  while (atomic_load_explicit(&flag, memory_order_acquire) == 0) ;
  return (void *)(long)data;
}
int main(void) {
  pthread_t w, r;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
