/* racy: consumer has no acquire fence after its relaxed load, so data read is not ordered after the write */
#include <pthread.h>
#include <stdatomic.h>
int data;
atomic_int flag;
int got;
void *prod(void *p) {
  (void)p;
  data = 99;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return NULL;
}
void *cons(void *p) {
  (void)p;
  while (!atomic_load_explicit(&flag, memory_order_relaxed)) ;
  got = data;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return got;
}
