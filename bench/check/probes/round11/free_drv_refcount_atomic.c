// free: device refcount only modified with atomic_fetch_add/sub; open/release handlers run concurrently.
#include <pthread.h>
#include <stdatomic.h>
struct dev { atomic_int refcnt; int id; };
static struct dev the_dev;
static void *dev_open(void *a) {
  struct dev *d = a;
  atomic_fetch_add(&d->refcnt, 1);
  return 0;
}
static void *dev_release(void *a) {
  struct dev *d = a;
  atomic_fetch_sub(&d->refcnt, 1);
  return 0;
}
int main(void) {
  pthread_t t[4];
  atomic_init(&the_dev.refcnt, 1);
  the_dev.id = 3;
  for (int i = 0; i < 4; i++)
    pthread_create(&t[i], 0, (i & 1) ? dev_release : dev_open, &the_dev);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return atomic_load(&the_dev.refcnt);
}
