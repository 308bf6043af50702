/* TRUTH: free — the producer fills *p then publishes p with seq_cst atomic_exchange; the consumer takes it with exchange, so *p is ordered */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

_Atomic(int *) mailbox;

void *producer(void *arg) {
  int *p = malloc(sizeof *p);
  if (!p) return 0;
  *p = 7;
  atomic_exchange(&mailbox, p);
  return 0;
}

void *consumer(void *arg) {
  int *q;
  while ((q = atomic_exchange(&mailbox, (int *)0)) == 0) {}
  *q += 1;
  int v = *q;
  free(q);
  return (void *)(long)v;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
