// free: producer writes payload then store-release flag; consumer spins on load-acquire flag then reads payload.
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
