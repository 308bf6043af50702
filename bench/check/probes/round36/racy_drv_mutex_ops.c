/* TRUTH: racy — my_write updates d->count (the `d->count = ...` line in my_write) with no lock (the mutex_lock line was removed there), while reader thread reads d->count under the lock in my_read: unordered read/write on dev.count. */
#include <pthread.h>
#include <stdio.h>
struct mutex { pthread_mutex_t m; };
static void mutex_lock(struct mutex *l) { pthread_mutex_lock(&l->m); }
static void mutex_unlock(struct mutex *l) { pthread_mutex_unlock(&l->m); }
struct my_dev { struct mutex lock; int count; char buf[16]; };
struct file_ops {
  int (*probe)(struct my_dev *);
  int (*read)(struct my_dev *);
  int (*write)(struct my_dev *, char);
};
static struct my_dev dev;
static int my_probe(struct my_dev *d) {
  pthread_mutex_init(&d->lock.m, NULL);
  d->count = 0;
  return 0;
}
static int my_read(struct my_dev *d) {
  int r;
  mutex_lock(&d->lock);
  r = d->count;
  if (r > 0) r = d->buf[r - 1];
  mutex_unlock(&d->lock);
  return r;
}
static int my_write(struct my_dev *d, char c) {
  d->buf[d->count % 16] = c;
  d->count = (d->count + 1) % 16;
  return 1;
}
static const struct file_ops my_ops = { .probe = my_probe, .read = my_read, .write = my_write };
static const struct file_ops *registered;
static void *reader(void *a) { registered->read(&dev); return NULL; }
static void *writer(void *a) { registered->write(&dev, 'x'); return NULL; }
int main(void) {
  pthread_t t1, t2;
  registered = &my_ops;
  registered->probe(&dev);
  pthread_create(&t1, NULL, reader, NULL);
  pthread_create(&t2, NULL, writer, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  printf("%d\n", dev.count);
  return 0;
}
