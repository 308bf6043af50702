/* TRUTH: free — probe fills every field of the malloc'ed struct (dev->period, dev->ticks, dev->lock) before it pthread_creates the timer thread; after that only timer_cb (under dev->lock) and the read callback (under dev->lock) touch ticks; period is only read after the create; remove() joins the timer thread before free(dev). */
#include <pthread.h>
#include <stdlib.h>
struct tdev { pthread_mutex_t lock; int period; int ticks; pthread_t timer; };
struct platform_driver { int (*probe)(struct tdev **); int (*read)(struct tdev *); void (*remove)(struct tdev *); };
static void timer_cb(struct tdev *d) {
  pthread_mutex_lock(&d->lock);
  d->ticks += d->period;
  pthread_mutex_unlock(&d->lock);
}
static void *timer_thread(void *arg) { struct tdev *d = arg; timer_cb(d); timer_cb(d); return 0; }
static int t_probe(struct tdev **out) {
  struct tdev *d = malloc(sizeof *d);
  if (!d) return -1;
  pthread_mutex_init(&d->lock, 0);
  d->period = 10;
  d->ticks = 0;
  *out = d;
  pthread_create(&d->timer, 0, timer_thread, d);
  return 0;
}
static int t_read(struct tdev *d) {
  int r;
  pthread_mutex_lock(&d->lock);
  r = d->ticks;
  pthread_mutex_unlock(&d->lock);
  return r;
}
static void t_remove(struct tdev *d) { pthread_join(d->timer, 0); free(d); }
static struct platform_driver drv = { t_probe, t_read, t_remove };
int main(void) {
  struct tdev *d;
  if (drv.probe(&d)) return 1;
  drv.read(d);
  drv.remove(d);
  return 0;
}
