/* racy: thread pushing with id 2 skips the lock (lock only when p == 1), so head is written concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
struct node *head;
atomic_int lk;
static void lock(void) {
  int e = 0;
  while (!atomic_compare_exchange_weak_explicit(&lk, &e, 1, memory_order_acquire, memory_order_relaxed)) e = 0;
}
static void unlock(void) { atomic_store_explicit(&lk, 0, memory_order_release); }
void *push(void *p) {
  int use = (long)p == 1;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->v = (int)(long)p;
    if (use) lock();
    n->next = head; head = n;
    if (use) unlock();
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, push, (void *)1L);
  pthread_create(&b, NULL, push, (void *)2L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return head != NULL;
}
