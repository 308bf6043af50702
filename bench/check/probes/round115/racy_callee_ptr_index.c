/* TRUTH: racy — the callee gets p (element 0, locked) and writes s[1].count, i.e. element 1, which the other thread writes under slots[1].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void spill(struct slot *s) { s[1].count++; }
static void *spiller(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    spill(p);
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
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, spiller, (void *)0L);
    pthread_create(&t[1], 0, own, (void *)1L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
