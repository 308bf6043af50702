/* TRUTH: racy — Treiber stack where the pusher updates the node value AFTER publishing it with CAS; popper reads old->val concurrently */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <stdlib.h>
struct node {
  int val;
  struct node *next;
};
struct node *top = 0;
struct node pool[4];
int popped[2];

void push(struct node *n, int v) {
  struct node *old;
  n->val = 0;
  do {
    old = __atomic_load_n(&top, __ATOMIC_SEQ_CST);
    n->next = old;
  } while (!__sync_bool_compare_and_swap(&top, old, n));
  n->val = v;
}

int pop(void) {
  struct node *old, *nx;
  do {
    old = __atomic_load_n(&top, __ATOMIC_SEQ_CST);
    if (old == 0) return -1;
    nx = old->next;
  } while (!__sync_bool_compare_and_swap(&top, old, nx));
  return old->val;
}

void *pusher(void *arg) {
  int base = *(int *)arg;
  push(&pool[base], base + 10);
  return 0;
}

void *popper(void *arg) {
  int id = *(int *)arg;
  popped[id] = pop();
  return 0;
}

int main(void) {
  pthread_t a, c;
  int ba = 0, pc = 0;
  pthread_create(&a, 0, pusher, &ba);
  pthread_create(&c, 0, popper, &pc);
  pthread_join(a, 0);
  pthread_join(c, 0);
  if (!(popped[0] == -1 || popped[0] >= 0)) reach_error();
  return 0;
}
