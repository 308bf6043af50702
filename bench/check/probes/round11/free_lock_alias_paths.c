// free: thread 1 locks &devs[0].lock, thread 2 locks d->lock where d == &devs[0]: same mutex, protecting devs[0].cnt.
#include <pthread.h>
struct dev { pthread_mutex_t lock; int cnt; };
static struct dev devs[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };
static void *t1(void *a) {
  pthread_mutex_lock(&devs[0].lock);
  devs[0].cnt++;
  pthread_mutex_unlock(&devs[0].lock);
  return 0;
}
static void *t2(void *a) {
  struct dev *d = &devs[0];
  pthread_mutex_lock(&d->lock);
  d->cnt++;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return devs[0].cnt;
}
