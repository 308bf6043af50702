/* racy: both exchanges are relaxed, so the consumer's accesses to b[] are not ordered after the producer's initialization */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
_Atomic(int *) mailbox;
void *prod(void *p) {
  (void)p;
  int *b = malloc(4 * sizeof *b);
  if (!b) return NULL;
  for (int i = 0; i < 4; i++) b[i] = i + 1;
  atomic_exchange_explicit(&mailbox, b, memory_order_relaxed);
  return NULL;
}
void *cons(void *p) {
  (void)p;
  int *b;
  while (!(b = atomic_exchange_explicit(&mailbox, NULL, memory_order_relaxed))) ;
  b[0] += b[3];
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
