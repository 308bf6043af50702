/* racy: an ops struct's `done` callback unlocks the device mutex; the thread
   calls it and then updates the device counter unlocked. */
#include <pthread.h>
struct dev { pthread_mutex_t m; int cnt; void (*done)(struct dev *); };
static void dev_done(struct dev *d) { pthread_mutex_unlock(&d->m); }
static struct dev D = { PTHREAD_MUTEX_INITIALIZER, 0, dev_done };
static void *t(void *x) {
    (void)x;
    pthread_mutex_lock(&D.m);
    D.done(&D);
    D.cnt++;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return D.cnt;
}
