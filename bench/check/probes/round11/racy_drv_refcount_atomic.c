// racy: dev_release decrements refcnt with plain -- while dev_open uses __atomic_fetch_add; mixed atomic/non-atomic.
#include <pthread.h>
struct dev { int refcnt; int id; };
static struct dev the_dev;
static void *dev_open(void *a) {
  struct dev *d = a;
  __atomic_fetch_add(&d->refcnt, 1, __ATOMIC_SEQ_CST);
  return 0;
}
static void *dev_release(void *a) {
  struct dev *d = a;
  d->refcnt--;
  return 0;
}
int main(void) {
  pthread_t t[4];
  the_dev.refcnt = 1;
  the_dev.id = 3;
  for (int i = 0; i < 4; i++)
    pthread_create(&t[i], 0, (i & 1) ? dev_release : dev_open, &the_dev);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return the_dev.refcnt;
}
