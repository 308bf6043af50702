/* TRUTH: racy — refcnt is a plain int: atomic_inc/atomic_dec are modelled here as plain d->refcnt++/-- (kernel name, no atomicity), so the three user threads' d->refcnt++ in c_open race with each other (unordered plain writes on dev.refcnt). */
#include <pthread.h>
typedef struct { int counter; } atomic_t;
static void atomic_inc(atomic_t *v) { v->counter++; }
static int atomic_dec_and_test(atomic_t *v) { return --v->counter == 0; }
struct cdev { atomic_t refcnt; pthread_mutex_t lock; int opened_by; };
struct fops { int (*open)(struct cdev *, int); int (*release)(struct cdev *); };
static struct cdev dev = { {0}, PTHREAD_MUTEX_INITIALIZER, 0 };
static int c_open(struct cdev *d, int who) {
  atomic_inc(&d->refcnt);
  pthread_mutex_lock(&d->lock);
  d->opened_by = who;
  pthread_mutex_unlock(&d->lock);
  return 0;
}
static int c_release(struct cdev *d) {
  if (atomic_dec_and_test(&d->refcnt)) {
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
  return dev.refcnt.counter + dev.opened_by;
}
