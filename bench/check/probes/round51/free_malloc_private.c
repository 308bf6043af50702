/* TRUTH: free — each thread mallocs and uses its own buffer; nothing is shared */
#include <pthread.h>
#include <stdlib.h>
struct buf { int len; int data[8]; };

void *fill(void *arg)
{
  struct buf *b = malloc(sizeof *b);
  if (!b)
    return NULL;
  b->len = 0;
  for (int i = 0; i < 8; i++)
    b->data[b->len++] = i;
  int s = b->data[3];
  free(b);
  return (void *)(long)s;
}

int main(void)
{
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], NULL, fill, NULL);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], NULL);
  return 0;
}
