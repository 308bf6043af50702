/* TRUTH: free — the interrupt-handler thread and the ioctl thread both take dev->hw_lock before touching status/pending; probe finishes before threads start */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

#define ST_IDLE 0
#define ST_BUSY 1

struct hw_dev {
  pthread_mutex_t hw_lock;
  int status;
  int pending;
  int irq_count;
  void (*irq_handler)(struct hw_dev *);
  int (*ioctl)(struct hw_dev *, int);
};

static void dev_irq(struct hw_dev *d) {
  pthread_mutex_lock(&d->hw_lock);
  d->irq_count++;
  if (d->status == ST_BUSY && d->pending > 0) {
    d->pending--;
    if (d->pending == 0) d->status = ST_IDLE;
  }
  pthread_mutex_unlock(&d->hw_lock);
}

static int dev_ioctl(struct hw_dev *d, int cmd) {
  int ret = 0;
  pthread_mutex_lock(&d->hw_lock);
  switch (cmd) {
  case 1:
    d->pending++;
    d->status = ST_BUSY;
    break;
  case 2:
    ret = d->status;
    break;
  default:
    ret = -1;
  }
  pthread_mutex_unlock(&d->hw_lock);
  return ret;
}

static int probe(struct hw_dev *d) {
  pthread_mutex_init(&d->hw_lock, NULL);
  d->status = ST_IDLE;
  d->pending = 0;
  d->irq_count = 0;
  d->irq_handler = dev_irq;
  d->ioctl = dev_ioctl;
  return 0;
}

void *irq_thread(void *arg) {
  struct hw_dev *d = arg;
  int i;
  for (i = 0; i < 3; i++)
    if (__VERIFIER_nondet_int()) d->irq_handler(d);
  return NULL;
}

void *user_thread(void *arg) {
  struct hw_dev *d = arg;
  d->ioctl(d, 1);
  if (d->ioctl(d, 2) < 0) reach_error();
  return NULL;
}

int main(void) {
  struct hw_dev dev;
  pthread_t irq, usr;
  if (probe(&dev) != 0) return 0;
  pthread_create(&irq, NULL, irq_thread, &dev);
  pthread_create(&usr, NULL, user_thread, &dev);
  pthread_join(irq, NULL);
  pthread_join(usr, NULL);
  pthread_mutex_destroy(&dev.hw_lock);
  return 0;
}
