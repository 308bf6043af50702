/* TRUTH: free — all callbacks touch the device state only under dev->lock; main initialises before create and inspects after join */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }

struct my_dev;
struct dev_ops {
  int (*open)(struct my_dev *);
  int (*release)(struct my_dev *);
  int (*ioctl)(struct my_dev *, int);
};
struct my_dev {
  pthread_mutex_t lock;
  int users;
  int state;
  const struct dev_ops *ops;
};

static int my_open(struct my_dev *d)
{
  pthread_mutex_lock(&d->lock);
  if (d->users >= 2) {
    pthread_mutex_unlock(&d->lock);
    return -1;
  }
  d->users++;
  pthread_mutex_unlock(&d->lock);
  return 0;
}

static int my_release(struct my_dev *d)
{
  pthread_mutex_lock(&d->lock);
  d->users--;
  pthread_mutex_unlock(&d->lock);
  return 0;
}

static int my_ioctl(struct my_dev *d, int cmd)
{
  int ret = 0;
  pthread_mutex_lock(&d->lock);
  switch (cmd) {
  case 1: d->state = 1; break;
  case 2: d->state = 0; break;
  default: ret = d->state; break;
  }
  pthread_mutex_unlock(&d->lock);
  return ret;
}

static const struct dev_ops ops = { my_open, my_release, my_ioctl };
struct my_dev the_dev;

void *client(void *arg)
{
  struct my_dev *d = arg;
  if (d->ops->open(d) != 0)
    return NULL;
  d->ops->ioctl(d, __VERIFIER_nondet_int());
  d->ops->release(d);
  return NULL;
}

int main(void)
{
  pthread_t c[2];
  pthread_mutex_init(&the_dev.lock, NULL);
  the_dev.users = 0;
  the_dev.state = 0;
  the_dev.ops = &ops;
  for (int i = 0; i < 2; i++)
    pthread_create(&c[i], NULL, client, &the_dev);
  for (int i = 0; i < 2; i++)
    pthread_join(c[i], NULL);
  if (the_dev.users != 0)
    reach_error();
  return 0;
}
