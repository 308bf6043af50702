/* TRUTH: racy — when trylock on the element fails (holder sleeps with it), p->count is written anyway without the lock */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *holder(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    usleep(20000);
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *trier(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    usleep(5000);
    if (pthread_mutex_trylock(&p->lock) == 0) {
        p->count++;
        pthread_mutex_unlock(&p->lock);
    } else {
        p->count++;
    }
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, holder, (void *)0L);
    pthread_create(&t[1], 0, trier, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
