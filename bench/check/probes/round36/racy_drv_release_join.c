/* TRUTH: racy — n_release no longer joins dev.irq_thr, so main's read of dev.irq_hits (printf) and write dev.irq_hits = 0 can run while irq_loop still does d->irq_hits++ in the irq thread. */
#include <pthread.h>
#include <stdio.h>
struct ndev { pthread_t irq_thr; int irq_hits; int open_count; };
struct net_ops { int (*open)(struct ndev *); void (*release)(struct ndev *); };
static struct ndev dev;
static void *irq_loop(void *arg) {
  struct ndev *d = arg;
  for (int i = 0; i < 3; i++) d->irq_hits++;
  return 0;
}
static int n_open(struct ndev *d) {
  d->open_count++;
  return pthread_create(&d->irq_thr, 0, irq_loop, d);
}
static void n_release(struct ndev *d) { d->open_count--; }
static const struct net_ops ops = { .open = n_open, .release = n_release };
int main(void) {
  const struct net_ops *o = &ops;
  if (o->open(&dev) != 0) return 1;
  o->release(&dev);
  printf("%d\n", dev.irq_hits);
  dev.irq_hits = 0;
  return 0;
}
