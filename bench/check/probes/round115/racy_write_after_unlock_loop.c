/* TRUTH: racy — inside the loop p->count is written once more after the element lock is released */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    for (int n = 0; n < 3; n++) {
        pthread_mutex_lock(&p->lock);
        p->count++;
        pthread_mutex_unlock(&p->lock);
        p->count += 0 * n + 1;
    }
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (int k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
