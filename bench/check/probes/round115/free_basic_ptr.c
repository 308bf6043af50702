/* TRUTH: free — every access to an element goes through p = &slots[i] while holding p->lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; long sum; };
struct slot slots[4];
static void *worker(void *arg) {
    int i = (int)(long)arg;
    for (int n = 0; n < 2; n++) {
        struct slot *p = &slots[(i + n) % 2];
        pthread_mutex_lock(&p->lock);
        p->count++;
        p->sum += p->count;
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
