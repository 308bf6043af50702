// racy: probe increments d->irq_count before joining the irq thread, which writes irq_count.
#include <pthread.h>
#include <stdlib.h>
struct devx { int *buf; int len; int irq_count; };
static void *irq_fn(void *a) {
  struct devx *d = a;
  for (int i = 0; i < d->len; i++) d->buf[i] = i;
  d->irq_count = 1;
  return 0;
}
static void *probe_fn(void *a) {
  struct devx *d = a;
  pthread_t irq;
  d->len = 8;
  d->buf = calloc(8, sizeof(int));
  if (!d->buf) return 0;
  pthread_create(&irq, 0, irq_fn, d);
  d->irq_count++;
  pthread_join(irq, 0);
  free(d->buf);
  return 0;
}
int main(void) {
  static struct devx dev;
  pthread_t p;
  pthread_create(&p, 0, probe_fn, &dev);
  pthread_join(p, 0);
  return dev.irq_count;
}
