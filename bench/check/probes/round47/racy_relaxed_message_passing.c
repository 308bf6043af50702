/* TRUTH: racy — the flag is stored/loaded with memory_order_relaxed, which creates no happens-before, so the plain data write and read race */
#include <pthread.h>
#include <stdatomic.h>
extern void __VERIFIER_assume(int);
int data;
atomic_int flag;
void *prod(void *a) {
  data = 99;
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return 0;
}
void *cons(void *a) {
  __VERIFIER_assume(atomic_load_explicit(&flag, memory_order_relaxed) == 1);
  return (void *)(long)data;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
