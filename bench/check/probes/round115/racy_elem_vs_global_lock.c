/* TRUTH: racy — one thread writes slots[0].count under the element lock, the other under an unrelated global mutex */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;
static void *elem(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *glob(void *arg) {
    (void)arg;
    pthread_mutex_lock(&g);
    slots[0].count++;
    pthread_mutex_unlock(&g);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, elem, (void *)0L);
    pthread_create(&t[1], 0, glob, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
