/* TRUTH: racy — p is handed to a new thread while p's element lock is held; the child writes s->count without the lock, concurrently with the parent's locked write */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *child(void *v) {
    struct slot *s = v;
    s->count++;
    return 0;
}
static void *parent(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_t c;
    pthread_mutex_lock(&p->lock);
    pthread_create(&c, 0, child, p);
    usleep(1000);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    pthread_t t;
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t, 0, parent, (void *)0L);
    pthread_join(t, 0);
    return 0;
}
