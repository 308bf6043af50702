/* TRUTH: racy — the index is a global atomic changed by the other thread; slots[cur] after the change is a different element than the locked p */
#include <pthread.h>
#include <stdatomic.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
_Atomic int cur;
static void *reader(void *arg) {
    (void)arg;
    struct slot *p = &slots[cur];
    pthread_mutex_lock(&p->lock);
    while (atomic_load_explicit(&cur, memory_order_relaxed) == 0)
        ;
    slots[cur].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *mover(void *arg) {
    (void)arg;
    atomic_store_explicit(&cur, 1, memory_order_relaxed);
    struct slot *q = &slots[1];
    pthread_mutex_lock(&q->lock);
    q->count++;
    pthread_mutex_unlock(&q->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, reader, 0);
    pthread_create(&t[1], 0, mover, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
