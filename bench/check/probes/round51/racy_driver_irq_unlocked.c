/* TRUTH: racy — the ioctl callback updates dev->status under dev->lock, but the interrupt handler callback writes dev->status without taking the lock */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
struct mydev;
struct ops {
  int (*ioctl)(struct mydev *, int);
  void (*irq)(struct mydev *);
};
struct mydev {
  pthread_mutex_t lock;
  int status;
  int irq_count;
  const struct ops *ops;
};

static int dev_ioctl(struct mydev *d, int cmd)
{
  int ret;
  pthread_mutex_lock(&d->lock);
  if (cmd == 0)
    d->status = 0;
  ret = d->status;
  pthread_mutex_unlock(&d->lock);
  return ret;
}

static void dev_irq(struct mydev *d)
{
  d->status = 1;
}

static const struct ops dev_ops = { dev_ioctl, dev_irq };
struct mydev *gdev;

void *user_thread(void *arg)
{
  gdev->ops->ioctl(gdev, __VERIFIER_nondet_int());
  return NULL;
}

void *irq_thread(void *arg)
{
  gdev->ops->irq(gdev);
  return NULL;
}

int main(void)
{
  pthread_t u, i;
  gdev = malloc(sizeof *gdev);
  if (!gdev)
    return 0;
  pthread_mutex_init(&gdev->lock, NULL);
  gdev->status = 0;
  gdev->irq_count = 0;
  gdev->ops = &dev_ops;
  pthread_create(&u, NULL, user_thread, NULL);
  pthread_create(&i, NULL, irq_thread, NULL);
  pthread_join(u, NULL);
  pthread_join(i, NULL);
  return 0;
}
