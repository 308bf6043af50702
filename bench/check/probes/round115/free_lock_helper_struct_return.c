/* TRUTH: free — acquire(p) locks the element and returns it; the caller writes through p and then releases with release(p) */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static struct slot *acquire(struct slot *s) { pthread_mutex_lock(&s->lock); return s; }
static void release(struct slot *s) { pthread_mutex_unlock(&s->lock); }
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &slots[i];
    (void)acquire(p);
    p->count += 2;
    release(p);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
