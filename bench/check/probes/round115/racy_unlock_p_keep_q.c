/* TRUTH: racy — p's lock is released while q's (another element) is still held, then p->count is written; the other thread writes slots[0].count under slots[0].lock */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *two(void *arg) {
    (void)arg;
    int i = 0, j = 1;
    struct slot *p = &slots[i];
    struct slot *q = &slots[j];
    pthread_mutex_lock(&p->lock);
    pthread_mutex_lock(&q->lock);
    pthread_mutex_unlock(&p->lock);
    usleep(500);
    p->count++;
    pthread_mutex_unlock(&q->lock);
    return 0;
}
static void *one(void *arg) {
    (void)arg;
    int i = 0;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, two, 0);
    pthread_create(&t[1], 0, one, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
