/* racy: ops struct lock/unlock callbacks taking the device; the thread calls
   ops->unlock(d) BEFORE incrementing d->cnt. */
#include <pthread.h>
struct dev;
struct lock_ops { void (*lock)(struct dev *); void (*unlock)(struct dev *); };
struct dev { pthread_mutex_t m; int cnt; const struct lock_ops *ops; };
static void dlock(struct dev *d) { pthread_mutex_lock(&d->m); }
static void dunlock(struct dev *d) { pthread_mutex_unlock(&d->m); }
static const struct lock_ops lops = { dlock, dunlock };
static struct dev D = { PTHREAD_MUTEX_INITIALIZER, 0, &lops };
static void *t(void *x) { struct dev *d = x; d->ops->lock(d); d->ops->unlock(d); d->cnt++; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, &D);
    pthread_create(&q, 0, t, &D);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return D.cnt;
}
