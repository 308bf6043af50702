/* TRUTH: racy — a worker thread (not main) owns a fresh buffer, prints its address into the global `mailbox` with sprintf under a mutex, then keeps writing `b->n = 2` without the lock; the other thread reads the address back under the mutex and reads b->n without ordering against that write. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct box { int n; };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static char mailbox[64];
static int out;
static void *owner(void *p) {
  (void)p;
  struct box *b = malloc(sizeof *b);
  if (!b) return 0;
  b->n = 1;
  pthread_mutex_lock(&m);
  sprintf(mailbox, "%p", (void *)b);
  pthread_mutex_unlock(&m);
  b->n = 2;
  return 0;
}
static void *peer(void *p) {
  (void)p;
  void *q = 0;
  pthread_mutex_lock(&m);
  sscanf(mailbox, "%p", &q);
  pthread_mutex_unlock(&m);
  if (q) out = ((struct box *)q)->n;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, owner, 0);
  pthread_create(&b, 0, peer, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return out;
}
