// free: ioctl and irq handlers both update dev->state and dev->events under dev->lock; init fills dev before creating threads.
#include <pthread.h>
#include <stdlib.h>
struct my_dev {
  pthread_mutex_t lock;
  int state;
  int events;
  int irq_no;
};
static struct my_dev *gdev;
static void *irq_handler(void *arg) {
  struct my_dev *d = arg;
  pthread_mutex_lock(&d->lock);
  d->events++;
  d->state = 2;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static void *ioctl_handler(void *arg) {
  struct my_dev *d = arg;
  int irq = d->irq_no;
  pthread_mutex_lock(&d->lock);
  if (d->state == 2) d->state = 1;
  d->events += irq;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static int my_init(void) {
  pthread_t t1, t2;
  gdev = malloc(sizeof *gdev);
  if (!gdev) return -1;
  pthread_mutex_init(&gdev->lock, 0);
  gdev->state = 0;
  gdev->events = 0;
  gdev->irq_no = 7;
  pthread_create(&t1, 0, irq_handler, gdev);
  pthread_create(&t2, 0, ioctl_handler, gdev);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return gdev->events;
}
int main(void) { return my_init(); }
