/* TRUTH: racy — the callee, called with p while p's element lock is held, also writes slots[j].count for a different (unchanged) index j */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void update(struct slot *s, int j) {
    s->count++;
    slots[j].count++;
}
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    update(p, 1 - i);
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
