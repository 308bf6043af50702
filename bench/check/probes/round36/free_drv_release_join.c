/* TRUTH: free — the irq thread writes dev.irq_hits (no lock); main reads and resets dev.irq_hits only after ops->release(), which pthread_joins dev.irq_thr, the handle the irq thread was created with in ops->open; nothing else touches irq_hits. */
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
static void n_release(struct ndev *d) { pthread_join(d->irq_thr, 0); d->open_count--; }
static const struct net_ops ops = { .open = n_open, .release = n_release };
int main(void) {
  const struct net_ops *o = &ops;
  if (o->open(&dev) != 0) return 1;
  o->release(&dev);
  printf("%d\n", dev.irq_hits);
  dev.irq_hits = 0;
  return 0;
}
