/* TRUTH: racy — thread 0 writes slots[1].count through p->next while holding only slots[0].lock; thread 1 writes it under slots[1].lock */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; struct slot *next; };
struct slot slots[2];
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    if (p->next)
        p->next->count++;
    else
        p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&slots[k].lock, 0); slots[k].next = 0; }
    slots[0].next = &slots[1];
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
