/* TRUTH: free — the device's state fields are touched only by callbacks that hold dev->lock; registration happens before threads start */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

struct device;
struct dev_ops {
  int (*open)(struct device *);
  int (*read)(struct device *, int *);
  void (*release)(struct device *);
};

struct device {
  pthread_mutex_t lock;
  int open_count;
  int data;
  const struct dev_ops *ops;
};

static int my_open(struct device *d) {
  pthread_mutex_lock(&d->lock);
  d->open_count++;
  d->data = d->open_count * 10;
  pthread_mutex_unlock(&d->lock);
  return 0;
}

static int my_read(struct device *d, int *out) {
  int ret = -1;
  pthread_mutex_lock(&d->lock);
  if (d->open_count > 0) {
    *out = d->data;
    ret = 0;
  }
  pthread_mutex_unlock(&d->lock);
  return ret;
}

static void my_release(struct device *d) {
  pthread_mutex_lock(&d->lock);
  d->open_count--;
  pthread_mutex_unlock(&d->lock);
}

static const struct dev_ops my_ops = { my_open, my_read, my_release };
struct device the_dev;

void *user(void *arg) {
  struct device *d = (struct device *)arg;
  int v;
  d->ops->open(d);
  if (d->ops->read(d, &v) == 0 && v < 10) reach_error();
  d->ops->release(d);
  return NULL;
}

int main(void) {
  pthread_t u1, u2;
  pthread_mutex_init(&the_dev.lock, NULL);
  the_dev.ops = &my_ops;
  pthread_create(&u1, NULL, user, &the_dev);
  pthread_create(&u2, NULL, user, &the_dev);
  pthread_join(u1, NULL);
  pthread_join(u2, NULL);
  if (the_dev.open_count != 0) reach_error();
  return 0;
}
