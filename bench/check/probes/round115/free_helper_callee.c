/* TRUTH: free — bump(p) is only ever called with p's element lock held; it touches only memory inside *s */
#include <pthread.h>
struct inner { int x; int y; };
struct slot { pthread_mutex_t lock; int count; struct inner in; };
struct slot slots[4];
static void bump(struct slot *s) {
    s->count++;
    s->in.x += s->count;
    s->in.y = s->in.x;
}
static void *worker(void *arg) {
    int i = (int)(long)arg;
    (void)i;
    for (int k = 0; k < 2; k++) {
        struct slot *p = &slots[k];
        pthread_mutex_lock(&p->lock);
        bump(p);
        pthread_mutex_unlock(&p->lock);
    }
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 4; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
