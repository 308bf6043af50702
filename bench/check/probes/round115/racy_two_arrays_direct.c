/* TRUTH: racy — lock is a[i].lock (via p) but the direct access is b[i].count of another array of the same type; the other thread writes b[0].count under b[0].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot a[2], b[2];
static void *wa(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &a[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    b[i].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *wb(void *arg) {
    int i = (int)(long)arg;
    struct slot *q = &b[i];
    pthread_mutex_lock(&q->lock);
    q->count++;
    pthread_mutex_unlock(&q->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&a[k].lock, 0); pthread_mutex_init(&b[k].lock, 0); }
    pthread_create(&t[0], 0, wa, (void *)0L);
    pthread_create(&t[1], 0, wb, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
