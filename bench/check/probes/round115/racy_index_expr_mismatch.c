/* TRUTH: racy — p = &slots[i + 1] is locked but slots[i].count is written; the other thread writes slots[0].count under slots[0].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[3];
static void *shifted(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i + 1];
    pthread_mutex_lock(&p->lock);
    p->count++;
    slots[i].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *own(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 3; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, shifted, (void *)0L);
    pthread_create(&t[1], 0, own, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
