/* TRUTH: free — each counter object carries its own mutex and is only modified under it */
#include <pthread.h>
#include <stdlib.h>
struct counter { pthread_mutex_t lock; long value; };
struct counter *ca, *cb;

static void incr(struct counter *c)
{
  pthread_mutex_lock(&c->lock);
  c->value++;
  pthread_mutex_unlock(&c->lock);
}

void *t1(void *a) { for (int i = 0; i < 3; i++) { incr(ca); incr(cb); } return 0; }
void *t2(void *a) { for (int i = 0; i < 3; i++) incr(cb); return 0; }

int main(void)
{
  pthread_t x, y;
  ca = malloc(sizeof *ca);
  cb = malloc(sizeof *cb);
  if (!ca || !cb)
    return 1;
  pthread_mutex_init(&ca->lock, 0);
  pthread_mutex_init(&cb->lock, 0);
  ca->value = cb->value = 0;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  long r = ca->value + cb->value;
  free(ca);
  free(cb);
  return r != 9;
}
