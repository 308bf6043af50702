/* TRUTH: racy — dev_write() and dev_read() take d->lock, but dev_poll() reads and clears d->ready without it */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

struct device;
struct file_ops {
  int (*write)(struct device *, int);
  int (*read)(struct device *);
  int (*poll)(struct device *);
};
struct device {
  pthread_mutex_t lock;
  int buf;
  int ready;
  const struct file_ops *fops;
};

static int dev_write(struct device *d, int v) {
  pthread_mutex_lock(&d->lock);
  d->buf = v;
  d->ready = 1;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static int dev_read(struct device *d) {
  int v = -1;
  pthread_mutex_lock(&d->lock);
  if (d->ready) { v = d->buf; d->ready = 0; }
  pthread_mutex_unlock(&d->lock);
  return v;
}
static int dev_poll(struct device *d) {
  int r = d->ready; /* BUG: no lock */
  if (r && __VERIFIER_nondet_int()) d->ready = 0;
  return r;
}

static const struct file_ops fops = { dev_write, dev_read, dev_poll };
struct device mydev;

void *writer(void *a) { mydev.fops->write(&mydev, 5); return 0; }
void *reader(void *a) {
  if (mydev.fops->poll(&mydev)) {
    int v = mydev.fops->read(&mydev);
    if (v != -1 && v != 5) reach_error();
  }
  return 0;
}

int main(void) {
  pthread_t w, r;
  pthread_mutex_init(&mydev.lock, 0);
  mydev.fops = &fops;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
