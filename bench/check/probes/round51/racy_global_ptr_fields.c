/* TRUTH: racy — two threads update the same field of a malloc'd object reached through global pointer st without any lock */
#include <pthread.h>
#include <stdlib.h>
struct stats { int packets; int bytes; };
struct stats *st;
void *rx(void *arg)
{
  for (int i = 0; i < 3; i++) {
    st->packets++;
    st->bytes += 64;
  }
  return NULL;
}
int main(void)
{
  pthread_t a, b;
  st = malloc(sizeof *st);
  if (!st)
    return 0;
  st->packets = 0;
  st->bytes = 0;
  pthread_create(&a, NULL, rx, NULL);
  pthread_create(&b, NULL, rx, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  free(st);
  return 0;
}
