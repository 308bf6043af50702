/* TRUTH: racy — p = &slots[0] is locked but slots[1].count is written; the other thread writes slots[1].count under slots[1].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *w0(void *arg) {
    (void)arg;
    struct slot *p = &slots[0];
    pthread_mutex_lock(&p->lock);
    p->count++;
    slots[1].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *w1(void *arg) {
    (void)arg;
    struct slot *p = &slots[1];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, w0, 0);
    pthread_create(&t[1], 0, w1, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
