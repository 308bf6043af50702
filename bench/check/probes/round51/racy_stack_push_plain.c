/* TRUTH: racy — lock-free stack push with a plain top pointer: the read of top and the store to top are non-atomic in both threads */
#include <pthread.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
struct node *top;
void push(int v)
{
  struct node *n = malloc(sizeof *n);
  if (!n)
    return;
  n->v = v;
  n->next = top;
  top = n;
}
void *t(void *arg)
{
  push((int)(long)arg);
  return 0;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)2L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
