/* TRUTH: racy — the ioctl callback writes dev->mode under dev->lock but the read callback reads dev->mode without it */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_12_driver_read_unlocked.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
struct cdev;
struct file_ops { int (*read)(struct cdev *); int (*ioctl)(struct cdev *, int); };
struct cdev { pthread_mutex_t lock; int mode; int reads; const struct file_ops *fops; };

static int drv_read(struct cdev *d) {
  int m = d->mode;
  pthread_mutex_lock(&d->lock);
  d->reads++;
  pthread_mutex_unlock(&d->lock);
  return m;
}
static int drv_ioctl(struct cdev *d, int cmd) {
  pthread_mutex_lock(&d->lock);
  d->mode = cmd;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static const struct file_ops fops = { .read = drv_read, .ioctl = drv_ioctl };
struct cdev *dev;

void *reader_thread(void *arg) { dev->fops->read(dev); return NULL; }
void *ctl_thread(void *arg) { dev->fops->ioctl(dev, __VERIFIER_nondet_int()); return NULL; }

int main(void) {
  dev = malloc(sizeof *dev);
  if (!dev) return 0;
  pthread_mutex_init(&dev->lock, NULL);
  dev->mode = 0; dev->reads = 0; dev->fops = &fops;
  pthread_t r, c;
  pthread_create(&r, NULL, reader_thread, NULL);
  pthread_create(&c, NULL, ctl_thread, NULL);
  pthread_join(r, NULL);
  pthread_join(c, NULL);
  if (dev->reads != 1) reach_error();
  return 0;
}
