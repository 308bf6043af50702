/* TRUTH: free — p->count is only written in the branch where trylock on the element succeeded; otherwise the thread falls back to a blocking lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; int misses; };
struct slot slots[2];
static void *worker(void *arg) {
    (void)arg;
    int i = 0;
    struct slot *p = &slots[i];
    for (int n = 0; n < 100; n++) {
        if (pthread_mutex_trylock(&p->lock) == 0) {
            p->count++;
            pthread_mutex_unlock(&p->lock);
        } else {
            pthread_mutex_lock(&p->lock);
            p->misses++;
            pthread_mutex_unlock(&p->lock);
        }
    }
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (int k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
