/* race-free: producer fills a heap buffer and hands it off via atomic_exchange (acq_rel); consumer takes it by exchange and owns it */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <assert.h>
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
  while (!(b = atomic_exchange_explicit(&mailbox, NULL, memory_order_acq_rel))) ;
  b[0] += b[3];
  assert(b[0] == 5);
  free(b);
  return NULL;
}
int main(void) {
  pthread_t a, c;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&c, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(c, NULL);
  return 0;
}
