/* TRUTH: racy — the publishing CAS in push is relaxed on success: the popper's acquire load reads it without synchronizing, so its read of old->val (and old->next) races with the pusher's `n->val = v`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
struct node {
  int val;
  struct node *next;
};
static _Atomic(struct node *) top;
static void push(int v) {
  struct node *n = malloc(sizeof *n);
  if (!n) abort();
  n->val = v;
  n->next = atomic_load_explicit(&top, memory_order_relaxed);
  while (!atomic_compare_exchange_weak_explicit(&top, &n->next, n, memory_order_relaxed,
                                               memory_order_relaxed))
    ;
}
static int pop(int *out) {
  struct node *old = atomic_load_explicit(&top, memory_order_acquire);
  while (old && !atomic_compare_exchange_weak_explicit(&top, &old, old->next,
                                                      memory_order_acquire, memory_order_acquire))
    ;
  if (!old) return 0;
  *out = old->val;
  return 1;
}
static void *pusher(void *arg) {
  (void)arg;
  for (int i = 1; i <= 3; i++) push(i);
  return NULL;
}
static void *popper(void *arg) {
  int *sum = arg;
  int v;
  for (int i = 0; i < 3; i++)
    if (pop(&v)) *sum += v;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  int sum = 0;
  pthread_create(&a, NULL, pusher, NULL);
  pthread_create(&b, NULL, popper, &sum);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  int v;
  while (pop(&v)) sum += v;
  if (sum != 6) reach_error();
  return 0;
}
