/* TRUTH: free — the element lock is taken under 'shared' and p->count is written only under the same condition; unshared threads touch a private counter */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
struct arg { int i; int shared; int priv; };
static void *worker(void *v) {
    struct arg *a = v;
    int i = a->i;
    struct slot *p = &slots[i];
    if (a->shared) pthread_mutex_lock(&p->lock);
    if (a->shared) p->count++; else a->priv++;
    if (a->shared) pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[3];
    struct arg args[3] = { { 0, 1, 0 }, { 0, 1, 0 }, { 0, 0, 0 } };
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (int k = 0; k < 3; k++) pthread_create(&t[k], 0, worker, &args[k]);
    for (int k = 0; k < 3; k++) pthread_join(t[k], 0);
    return 0;
}
