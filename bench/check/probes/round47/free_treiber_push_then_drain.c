/* TRUTH: free — threads push private nodes with CAS on head (node->next written before the publishing CAS); main drains only after joining */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define PER 3

struct node { int val; struct node *next; };
struct node *head;
struct node pool[2][PER];

static void push(struct node *n) {
  struct node *old;
  do {
    old = __atomic_load_n(&head, __ATOMIC_ACQUIRE);
    n->next = old;
  } while (!__sync_bool_compare_and_swap(&head, old, n));
}

void *pusher(void *arg) {
  int id = (int)(intptr_t)arg, i;
  for (i = 0; i < PER; i++) {
    pool[id][i].val = id * 100 + i;
    push(&pool[id][i]);
  }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  int n = 0;
  struct node *p;
  pthread_create(&a, NULL, pusher, (void *)0);
  pthread_create(&b, NULL, pusher, (void *)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  for (p = head; p; p = p->next) n++;
  if (n != 2 * PER) reach_error();
  return 0;
}
