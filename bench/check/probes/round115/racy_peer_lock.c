/* TRUTH: racy — thread 0 locks its peer's mutex (slots[1].lock via p->peer->lock) and writes its own count; thread 1 writes slots[0].count under slots[0].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; struct slot *peer; };
struct slot slots[2];
static void *via_peer(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->peer->lock);
    p->count++;
    pthread_mutex_unlock(&p->peer->lock);
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
    slots[0].peer = &slots[1]; slots[1].peer = &slots[0];
    pthread_create(&t[0], 0, via_peer, (void *)0L);
    pthread_create(&t[1], 0, own, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
