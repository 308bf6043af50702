/* TRUTH: racy — the producer publishes a malloc'd record through a plain global pointer which the consumer polls without synchronisation */
#include <pthread.h>
#include <stdlib.h>
struct rec { int a; };
struct rec *volatile_not_really;
void *producer(void *x)
{
  struct rec *r = malloc(sizeof *r);
  if (!r)
    return 0;
  r->a = 5;
  volatile_not_really = r;
  return 0;
}
void *consumer(void *x)
{
  struct rec *r = volatile_not_really;
  if (r)
    return (void *)(long)r->a;
  return 0;
}
int main(void)
{
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
