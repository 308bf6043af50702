// racy: tx writes d->open without the device lock; rx reads d->open under the lock (lock not held by tx).
#include <pthread.h>
#define NDEV 3
struct device { pthread_mutex_t lock; int count; int open; };
static struct device devs[NDEV];
static void *rx(void *a) {
  struct device *d = a;
  pthread_mutex_lock(&d->lock);
  if (d->open) d->count++;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static void *tx(void *a) {
  struct device *d = a;
  pthread_mutex_lock(&d->lock);
  d->count--;
  pthread_mutex_unlock(&d->lock);
  d->open = 0;
  return 0;
}
int main(void) {
  pthread_t th[2 * NDEV];
  for (int i = 0; i < NDEV; i++) {
    pthread_mutex_init(&devs[i].lock, 0);
    devs[i].open = 1;
  }
  for (int i = 0; i < NDEV; i++) {
    pthread_create(&th[2 * i], 0, rx, &devs[i]);
    pthread_create(&th[2 * i + 1], 0, tx, &devs[i]);
  }
  for (int i = 0; i < 2 * NDEV; i++) pthread_join(th[i], 0);
  return devs[0].count;
}
