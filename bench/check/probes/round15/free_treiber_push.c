/* Race-free: nodes are filled before a CAS publishes them on the atomic head; main walks the list only after joining the pushers. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
struct node { int val; struct node *next; };
_Atomic(struct node *) head;
void *pusher(void *arg) {
  int base = (int)(intptr_t)arg;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->val = base * 10 + i;
    n->next = atomic_load(&head);
    while (!atomic_compare_exchange_weak(&head, &n->next, n)) { }
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, pusher, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (struct node *p = atomic_load(&head); p; ) { struct node *q = p->next; s += p->val; free(p); p = q; }
  printf("%d\n", s);
  return 0;
}
