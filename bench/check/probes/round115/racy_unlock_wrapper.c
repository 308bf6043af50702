/* TRUTH: racy — release() unlocks the element mutex passed to it; p->count is written after the release */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void release(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *early(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    release(&p->lock);
    usleep(1000);
    p->count++;
    return 0;
}
static void *proper(void *arg) {
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
    pthread_create(&t[0], 0, early, (void *)0L);
    pthread_create(&t[1], 0, proper, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
