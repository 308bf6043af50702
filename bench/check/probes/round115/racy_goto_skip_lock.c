/* TRUTH: racy — the 'fast' flag jumps over the lock straight to the write of p->count */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
struct arg { int i; int fast; };
static void *worker(void *v) {
    struct arg *a = v;
    int i = a->i;
    struct slot *p = &slots[i];
    if (a->fast)
        goto write;
    pthread_mutex_lock(&p->lock);
write:
    p->count++;
    if (!a->fast)
        pthread_mutex_unlock(&p->lock);
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
