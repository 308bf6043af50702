/* TRUTH: free — the element mutex is passed to lock_it()/unlock_it() helpers as &p->lock; p->count is written between them */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void lock_it(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void unlock_it(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &slots[i];
    lock_it(&p->lock);
    p->count++;
    unlock_it(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
