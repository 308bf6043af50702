/* TRUTH: free — the open/release callbacks change dev.refcnt only with atomic_fetch_add/atomic_fetch_sub (atomic RMWs, never plain); dev.opened_by is written only under dev.lock in both callbacks; main reads after joining all threads. */
#include <pthread.h>
#include <stdatomic.h>
struct cdev { atomic_int refcnt; pthread_mutex_t lock; int opened_by; };
struct fops { int (*open)(struct cdev *, int); int (*release)(struct cdev *); };
static struct cdev dev = { 0, PTHREAD_MUTEX_INITIALIZER, 0 };
static int c_open(struct cdev *d, int who) {
  atomic_fetch_add(&d->refcnt, 1);
  pthread_mutex_lock(&d->lock);
  d->opened_by = who;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static int c_release(struct cdev *d) {
  if (atomic_fetch_sub(&d->refcnt, 1) == 1) {
    pthread_mutex_lock(&d->lock);
    d->opened_by = 0;
    pthread_mutex_unlock(&d->lock);
  }
  return 0;
}
static struct fops f = { c_open, c_release };
static void *user(void *a) { f.open(&dev, (int)(long)a); f.release(&dev); return 0; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, user, (void *)(long)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return atomic_load(&dev.refcnt) + dev.opened_by;
}
