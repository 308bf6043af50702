/* TRUTH: free — producer/consumer on one element; ready/value are guarded by the element mutex, cond_wait re-acquires it */
#include <pthread.h>
struct slot { pthread_mutex_t lock; pthread_cond_t cv; int ready; int value; };
struct slot slots[2];
static void *producer(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->value = 42;
    p->ready = 1;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *consumer(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    while (!p->ready)
        pthread_cond_wait(&p->cv, &p->lock);
    p->value++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&slots[k].lock, 0); pthread_cond_init(&slots[k].cv, 0); }
    pthread_create(&t[0], 0, consumer, (void *)1L);
    pthread_create(&t[1], 0, producer, (void *)1L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return slots[1].value == 43 ? 0 : 1;
}
