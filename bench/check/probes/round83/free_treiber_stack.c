/* TRUTH: free — Treiber stack: nodes are fully initialised before a seq_cst CAS publishes them and are never modified afterwards; pop reads node fields after a seq_cst load/CAS that synchronizes with the push; nodes are never freed */
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
  n->val = v;
  do {
    old = __atomic_load_n(&top, __ATOMIC_SEQ_CST);
    n->next = old;
  } while (!__sync_bool_compare_and_swap(&top, old, n));
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
  push(&pool[base + 1], base + 11);
  return 0;
}

void *popper(void *arg) {
  int id = *(int *)arg;
  popped[id] = pop();
  return 0;
}

int main(void) {
  pthread_t a, b, c;
  int ba = 0, bb = 2, pc = 0;
  pthread_create(&a, 0, pusher, &ba);
  pthread_create(&b, 0, pusher, &bb);
  pthread_create(&c, 0, popper, &pc);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  if (!(popped[0] == -1 || popped[0] >= 10)) reach_error();
  return 0;
}
