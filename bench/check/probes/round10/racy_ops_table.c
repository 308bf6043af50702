/* racy: ops table of function pointers; the "write" op is called through the
   table from two threads, and it updates the buffer length without a lock. */
#include <pthread.h>
struct dev;
struct dev_ops { int (*open)(struct dev *); int (*write)(struct dev *, int); };
struct dev { const struct dev_ops *ops; pthread_mutex_t m; int len; int open_count; };
static int d_open(struct dev *d) { pthread_mutex_lock(&d->m); d->open_count++; pthread_mutex_unlock(&d->m); return 0; }
static int d_write(struct dev *d, int n) { d->len += n; return n; }
static const struct dev_ops ops = { d_open, d_write };
static struct dev the_dev = { &ops, PTHREAD_MUTEX_INITIALIZER, 0, 0 };
static void *user(void *arg) {
    struct dev *d = arg;
    d->ops->open(d);
    d->ops->write(d, 4);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, 0, user, &the_dev);
    pthread_create(&t2, 0, user, &the_dev);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return the_dev.len;
}
