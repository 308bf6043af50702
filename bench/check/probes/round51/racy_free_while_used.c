/* TRUTH: racy — main frees the buffer (and clears its field) while the worker may still be reading it; nothing orders them */
#include <pthread.h>
#include <stdlib.h>
struct buf { int n; int v[4]; };
struct buf *gb;
void *reader(void *a)
{
  struct buf *b = gb;
  int s = 0;
  for (int i = 0; i < b->n; i++)
    s += b->v[i];
  return (void *)(long)s;
}
int main(void)
{
  pthread_t t;
  gb = malloc(sizeof *gb);
  if (!gb)
    return 0;
  gb->n = 4;
  for (int i = 0; i < 4; i++)
    gb->v[i] = i;
  pthread_create(&t, 0, reader, 0);
  gb->n = 0;
  free(gb);
  pthread_join(t, 0);
  return 0;
}
