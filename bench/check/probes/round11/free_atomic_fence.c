// free: relaxed flag store preceded by a release fence and relaxed load followed by an acquire fence: fences give happens-before.
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag;
int payload;
void *prod(void *a) {
  payload = 5;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return 0;
}
void *cons(void *a) {
  while (!atomic_load_explicit(&flag, memory_order_relaxed)) {}
  atomic_thread_fence(memory_order_acquire);
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
