/* race-free: CAS 0->1 spin lock with acquire on success and release store to unlock guards the list head */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <assert.h>
struct node { int v; struct node *next; };
struct node *head;
atomic_int lk;
static void lock(void) {
  int e = 0;
  while (!atomic_compare_exchange_weak_explicit(&lk, &e, 1, memory_order_acquire, memory_order_relaxed)) e = 0;
}
static void unlock(void) { atomic_store_explicit(&lk, 0, memory_order_release); }
void *push(void *p) {
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->v = (int)(long)p;
    lock(); n->next = head; head = n; unlock();
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, push, (void *)1L);
  pthread_create(&b, NULL, push, (void *)2L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  int c = 0;
  for (struct node *n = head; n; n = n->next) c++;
  assert(c == 6);
  return 0;
}
