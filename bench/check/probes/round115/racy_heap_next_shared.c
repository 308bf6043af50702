/* TRUTH: racy — both elements' next point at one heap node; p->next->count is written under two different element locks */
#include <pthread.h>
#include <stdlib.h>
struct slot { pthread_mutex_t lock; int count; struct slot *next; };
struct slot slots[2];
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->next->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    struct slot *h = calloc(1, sizeof *h);
    if (!h) return 1;
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&slots[k].lock, 0); slots[k].next = h; }
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    int r = h->count == 2 ? 0 : 1;
    free(h);
    return r;
}
