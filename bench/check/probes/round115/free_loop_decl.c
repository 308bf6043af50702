/* TRUTH: free — each loop iteration declares p = &slots[k] and touches the element only under p->lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[4];
static void *worker(void *arg) {
    (void)arg;
    for (int k = 0; k < 4; k++) {
        struct slot *p = &slots[k];
        pthread_mutex_lock(&p->lock);
        p->count += k;
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
