/* race-free: Treiber stack, pushes publish nodes with release CAS, the single popper reads node fields after acquire; nodes never freed */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <assert.h>
struct node { int val; struct node *next; };
_Atomic(struct node *) top;
static void push(int v) {
  struct node *n = malloc(sizeof *n);
  if (!n) abort();
  n->val = v;
  struct node *old = atomic_load_explicit(&top, memory_order_relaxed);
  do { n->next = old; } while (!atomic_compare_exchange_weak_explicit(&top, &old, n, memory_order_release, memory_order_relaxed));
}
static int pop(int *out) {
  struct node *old = atomic_load_explicit(&top, memory_order_acquire);
  while (old && !atomic_compare_exchange_weak_explicit(&top, &old, old->next, memory_order_acquire, memory_order_acquire)) ;
  if (!old) return 0;
  *out = old->val;
  return 1;
}
void *pusher(void *p) { for (int i = 0; i < 4; i++) push((int)(long)p * 10 + i); return NULL; }
void *popper(void *p) { (void)p; int v, n = 0; for (int i = 0; i < 100 && n < 8; i++) if (pop(&v)) n++; return NULL; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, NULL, pusher, (void *)1L);
  pthread_create(&b, NULL, pusher, (void *)2L);
  pthread_create(&c, NULL, popper, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  pthread_join(c, NULL);
  return 0;
}
