/* Race-free: one popper pops nodes pushed by CAS (never freed while threads run), reading node fields only after acquiring them from the atomic head. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define PUSHES 4
struct node { int val; struct node *next; };
_Atomic(struct node *) top;
struct node pool[PUSHES];
long popped_sum;
void *pusher(void *arg) {
  (void)arg;
  for (int i = 0; i < PUSHES; i++) {
    struct node *n = &pool[i];
    n->val = i + 1;
    struct node *old = atomic_load(&top);
    do { n->next = old; } while (!atomic_compare_exchange_weak(&top, &old, n));
  }
  return NULL;
}
void *popper(void *arg) {
  (void)arg;
  int got = 0;
  while (got < PUSHES) {
    struct node *old = atomic_load(&top);
    if (!old) continue;
    struct node *nx = old->next;
    if (atomic_compare_exchange_strong(&top, &old, nx)) { popped_sum += old->val; got++; }
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, pusher, NULL);
  pthread_create(&b, NULL, popper, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%ld\n", popped_sum);
  return 0;
}
