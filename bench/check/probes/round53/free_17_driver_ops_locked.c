/* TRUTH: free — dev fields touched by callbacks only under dev->lock; probe runs before threads start, remove after joins */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_17_driver_ops_locked.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);

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
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static int my_read(struct device *d, int *out) {
  pthread_mutex_lock(&d->lock);
  *out = d->data;
  d->data++;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static void my_release(struct device *d) {
  pthread_mutex_lock(&d->lock);
  d->open_count--;
  pthread_mutex_unlock(&d->lock);
}
static const struct dev_ops my_ops = { my_open, my_read, my_release };

struct device *the_dev;

void *client(void *arg) {
  struct device *d = the_dev;
  int v;
  if (d->ops->open(d) != 0) return NULL;
  if (__VERIFIER_nondet_int()) d->ops->read(d, &v);
  d->ops->release(d);
  return NULL;
}

int main(void) {
  the_dev = malloc(sizeof(struct device));
  if (!the_dev) return 0;
  pthread_mutex_init(&the_dev->lock, NULL);
  the_dev->open_count = 0;
  the_dev->data = 0;
  the_dev->ops = &my_ops;
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, client, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (the_dev->open_count != 0) reach_error();
  pthread_mutex_destroy(&the_dev->lock);
  free(the_dev);
  return 0;
}
