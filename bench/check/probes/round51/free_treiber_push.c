/* TRUTH: free — nodes are private until published by a CAS on top (full barrier); top only touched by __sync CAS / loads in threads; main walks the list after joins */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
struct node *volatile top;

static void push(int v)
{
  struct node *n = malloc(sizeof *n);
  if (!n)
    return;
  n->val = v;
  struct node *old;
  do {
    old = __atomic_load_n(&top, __ATOMIC_ACQUIRE);
    n->next = old;
  } while (!__sync_bool_compare_and_swap(&top, old, n));
}

void *pusher(void *arg)
{
  for (int i = 0; i < 3; i++)
    push((int)(long)arg * 10 + i);
  return NULL;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, NULL, pusher, (void *)1L);
  pthread_create(&b, NULL, pusher, (void *)2L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  int n = 0;
  for (struct node *p = top; p; p = p->next)
    n++;
  return n != 6;
}
