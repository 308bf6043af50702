/* TRUTH: racy — q's element lock is held but p->count (a different element) is written; the other thread writes slots[0].count under slots[0].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
struct arg { int i, j; };
static void *worker(void *v) {
    struct arg *a = v;
    int i = a->i, j = a->j;
    struct slot *p = &slots[i];
    struct slot *q = &slots[j];
    pthread_mutex_lock(&q->lock);
    p->count++;
    pthread_mutex_unlock(&q->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    struct arg args[2] = { { 0, 1 }, { 0, 0 } };
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (int k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, &args[k]);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
