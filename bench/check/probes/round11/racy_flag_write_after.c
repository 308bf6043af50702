// racy: producer writes payload AFTER the release store; consumer reads it after acquiring the flag.
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag;
int payload;
void *prod(void *a) {
  atomic_store_explicit(&flag, 1, memory_order_release);
  payload = 123;
  return 0;
}
void *cons(void *a) {
  while (!atomic_load_explicit(&flag, memory_order_acquire)) {}
  return (void *)(long)payload;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
