/* TRUTH: racy — the index is a struct field a->k changed after p = &slots[a->k]; slots[a->k].count is then the other element */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
struct arg { int k; };
static void *worker(void *v) {
    struct arg *a = v;
    struct slot *p = &slots[a->k];
    pthread_mutex_lock(&p->lock);
    p->count++;
    a->k = 1 - a->k;
    slots[a->k].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    struct arg args[2] = { { 0 }, { 1 } };
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (int k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, &args[k]);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
