/* racy: consumers take the buffer with atomic_load (not exchange), so both may get it and both update b[0] */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
_Atomic(int *) mailbox;
void *prod(void *p) {
  (void)p;
  int *b = malloc(4 * sizeof *b);
  if (!b) return NULL;
  for (int i = 0; i < 4; i++) b[i] = i + 1;
  atomic_exchange_explicit(&mailbox, b, memory_order_acq_rel);
  return NULL;
}
void *cons(void *p) {
  (void)p;
  int *b;
  while (!(b = atomic_load_explicit(&mailbox, memory_order_acquire))) ;
  b[0] += b[3];
  return NULL;
}
int main(void) {
  pthread_t a, c, d;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&c, NULL, cons, NULL);
  pthread_create(&d, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(c, NULL);
  pthread_join(d, NULL);
  return 0;
}
