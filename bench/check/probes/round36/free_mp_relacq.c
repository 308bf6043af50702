/* TRUTH: free — writer: data = 1 then atomic_store_explicit(&flag, 1, release); reader spins on atomic_load_explicit(&flag, acquire) until 1, then reads data: the acquire load reads from the release store, so data = 1 happens before r = data; flag is only accessed atomically. */
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
  while (atomic_load_explicit(&flag, memory_order_acquire) == 0) ;
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
