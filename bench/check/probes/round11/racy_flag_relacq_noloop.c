// racy: consumer checks the acquire flag once but reads payload regardless of the outcome.
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag;
int payload;
void *prod(void *a) {
  payload = 123;
  atomic_store_explicit(&flag, 1, memory_order_release);
  return 0;
}
void *cons(void *a) {
  int f = atomic_load_explicit(&flag, memory_order_acquire);
  int v = payload;
  return (void *)(long)(f + v);
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
