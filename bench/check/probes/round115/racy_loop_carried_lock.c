/* TRUTH: racy — the lock taken through iteration 0's p (slots[0].lock) is still held in iteration 1, where the new p (slots[1]) is written without its own lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *looper(void *arg) {
    (void)arg;
    for (int k = 0; k < 2; k++) {
        struct slot *p = &slots[k];
        if (k == 0) {
            pthread_mutex_lock(&p->lock);
            p->count++;
        } else {
            p->count++;
            pthread_mutex_unlock(&slots[0].lock);
        }
    }
    return 0;
}
static void *one(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, looper, 0);
    pthread_create(&t[1], 0, one, (void *)1L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
