/* free: device release callback (through a function pointer, taking the
   device) drops the device lock; d->cnt is bumped before calling it. */
#include <pthread.h>
struct dev { pthread_mutex_t m; int cnt; void (*release)(struct dev *); };
static void dev_release(struct dev *d) { pthread_mutex_unlock(&d->m); }
static struct dev D = { PTHREAD_MUTEX_INITIALIZER, 0, dev_release };
static void *t(void *x) {
    struct dev *d = x;
    pthread_mutex_lock(&d->m);
    d->cnt++;
    d->release(d);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, &D);
    pthread_create(&q, 0, t, &D);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return D.cnt;
}
