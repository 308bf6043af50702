/* Racy: transfer locks only the source account but also writes the destination's balance, which another transfer locks differently. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct account { pthread_mutex_t lock; long balance; };
struct account accs[2];
struct xfer { struct account *from, *to; long amt; };
void *transfer(void *p) {
  struct xfer *x = p;
  pthread_mutex_lock(&x->from->lock);
  x->from->balance -= x->amt;
  x->to->balance += x->amt;
  pthread_mutex_unlock(&x->from->lock);
  return NULL;
}
int main(void) {
  for (int i = 0; i < 2; i++) { pthread_mutex_init(&accs[i].lock, NULL); accs[i].balance = 50; }
  struct xfer a = {&accs[0], &accs[1], 5}, b = {&accs[1], &accs[0], 7};
  pthread_t t1, t2;
  pthread_create(&t1, NULL, transfer, &a);
  pthread_create(&t2, NULL, transfer, &b);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  printf("%ld %ld\n", accs[0].balance, accs[1].balance);
  return 0;
}
