/* TRUTH: racy — under its element lock the thread publishes p in a global; a second thread picks it up and writes s->count without the element lock */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
struct slot *saved;
static void stash(struct slot *s) {
    pthread_mutex_lock(&gm);
    saved = s;
    pthread_mutex_unlock(&gm);
}
static void *owner(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    stash(p);
    usleep(2000);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *thief(void *arg) {
    (void)arg;
    struct slot *s = 0;
    while (!s) {
        pthread_mutex_lock(&gm);
        s = saved;
        pthread_mutex_unlock(&gm);
        if (!s) usleep(100);
    }
    s->count++;
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, owner, (void *)0L);
    pthread_create(&t[1], 0, thief, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
