/* TRUTH: racy — the callee drops slots[i].lock, writes s->count, re-locks; the other thread writes slots[0].count under the lock (lock taken directly as &slots[i].lock, no local pointer) */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void upd(struct slot *s) {
    pthread_mutex_unlock(&s->lock);
    usleep(1000);
    s->count++;
    pthread_mutex_lock(&s->lock);
}
static void *slow(void *arg) {
    int i = (int)(long)arg;
    pthread_mutex_lock(&slots[i].lock);
    upd(&slots[i]);
    pthread_mutex_unlock(&slots[i].lock);
    return 0;
}
static void *fast(void *arg) {
    int i = (int)(long)arg;
    pthread_mutex_lock(&slots[i].lock);
    slots[i].count++;
    pthread_mutex_unlock(&slots[i].lock);
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
