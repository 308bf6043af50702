/* TRUTH: racy — 'lock-free' stack whose push does a plain read and plain write of head; two pushers race on head */
#include <pthread.h>
#include <stdint.h>
#include <stddef.h>
struct node { int v; struct node *next; };
struct node *head;
struct node nodes[4];

static void push(struct node *n) {
  n->next = head;
  head = n;
}

void *pusher(void *arg) {
  int base = (int)(intptr_t)arg;
  push(&nodes[base]);
  push(&nodes[base + 1]);
  return 0;
}

int main(void) {
  pthread_t a, b;
  int n = 0;
  struct node *p;
  pthread_create(&a, 0, pusher, (void *)0);
  pthread_create(&b, 0, pusher, (void *)2);
  pthread_join(a, 0);
  pthread_join(b, 0);
  for (p = head; p; p = p->next) n++;
  return n;
}
