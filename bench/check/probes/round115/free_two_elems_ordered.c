/* TRUTH: free — transfer between two elements holds both element locks (taken in index order) while touching both balances */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int balance; };
struct slot slots[3];
struct xfer { int from, to; };
static void *transfer(void *v) {
    struct xfer *x = v;
    int lo = x->from < x->to ? x->from : x->to;
    int hi = x->from < x->to ? x->to : x->from;
    struct slot *a = &slots[lo];
    struct slot *b = &slots[hi];
    pthread_mutex_lock(&a->lock);
    pthread_mutex_lock(&b->lock);
    if (x->from == lo) { a->balance -= 5; b->balance += 5; }
    else { b->balance -= 5; a->balance += 5; }
    pthread_mutex_unlock(&b->lock);
    pthread_mutex_unlock(&a->lock);
    return 0;
}
int main(void) {
    pthread_t t[3];
    struct xfer xs[3] = { { 0, 1 }, { 1, 2 }, { 2, 0 } };
    for (int k = 0; k < 3; k++) { pthread_mutex_init(&slots[k].lock, 0); slots[k].balance = 100; }
    for (int k = 0; k < 3; k++) pthread_create(&t[k], 0, transfer, &xs[k]);
    for (int k = 0; k < 3; k++) pthread_join(t[k], 0);
    return slots[0].balance + slots[1].balance + slots[2].balance == 300 ? 0 : 1;
}
