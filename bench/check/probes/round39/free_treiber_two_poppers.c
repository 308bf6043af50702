/* TRUTH: free — main pushes three nodes before starting two poppers; the poppers only read nodes (old->next, old->val) and change `top` by CAS; nothing is written in a node after the threads start. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
struct node {
  int val;
  struct node *next;
};
static _Atomic(struct node *) top;
static struct node pool[3];
static struct node *pop(void) {
  struct node *old = atomic_load(&top);
  while (old && !atomic_compare_exchange_weak(&top, &old, old->next))
    ;
  return old;
}
static void *popper(void *arg) {
  int *got = arg;
  struct node *n = pop();
  if (n) *got = n->val;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  int ga = 0, gb = 0;
  for (int i = 0; i < 3; i++) {
    pool[i].val = i + 1;
    pool[i].next = atomic_load(&top);
    atomic_store(&top, &pool[i]);
  }
  pthread_create(&a, NULL, popper, &ga);
  pthread_create(&b, NULL, popper, &gb);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (ga == gb || ga == 0 || gb == 0) reach_error();
  return 0;
}
