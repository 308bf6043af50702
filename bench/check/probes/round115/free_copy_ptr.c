/* TRUTH: free — q = p is a copy of the element pointer; the element mutex is taken through q and the element is written through p */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &slots[i];
    struct slot *q = p;
    pthread_mutex_lock(&q->lock);
    p->count++;
    pthread_mutex_unlock(&q->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
