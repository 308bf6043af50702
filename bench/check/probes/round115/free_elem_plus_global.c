/* TRUTH: free — per-element counts under the element lock, the global total under a separate global mutex taken inside */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;
int total;
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_lock(&total_lock);
    total++;
    pthread_mutex_unlock(&total_lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return total == 2 ? 0 : 1;
}
