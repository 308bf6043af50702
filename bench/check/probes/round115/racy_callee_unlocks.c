/* TRUTH: racy — the callee receiving p drops the element lock, writes s->count, and re-locks; the other thread writes the same element under the lock */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void slow_update(struct slot *s) {
    pthread_mutex_unlock(&s->lock);
    usleep(1000);
    s->count++;
    pthread_mutex_lock(&s->lock);
}
static void *slow(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    slow_update(p);
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *fast(void *arg) {
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
    pthread_create(&t[0], 0, slow, (void *)0L);
    pthread_create(&t[1], 0, fast, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
