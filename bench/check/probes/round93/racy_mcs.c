// MCS queue lock, but the worker reads balance for a report after releasing
// the lock while other threads write it inside the lock -> race on balance.
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
struct qnode { _Atomic(struct qnode *) next; atomic_int locked; };
static _Atomic(struct qnode *) tail;
static long balance;
static void mcs_lock(struct qnode *q) {
    atomic_store(&q->next, NULL);
    atomic_store(&q->locked, 1);
    struct qnode *pred = atomic_exchange(&tail, q);
    if (pred) {
        atomic_store(&pred->next, q);
        while (atomic_load(&q->locked)) ;
    }
}
static void mcs_unlock(struct qnode *q) {
    struct qnode *succ = atomic_load(&q->next);
    if (!succ) {
        struct qnode *exp = q;
        if (atomic_compare_exchange_strong(&tail, &exp, NULL)) return;
        while (!(succ = atomic_load(&q->next))) ;
    }
    atomic_store(&succ->locked, 0);
}
static void *worker(void *arg) {
    struct qnode me;
    long seen = 0;
    for (int i = 0; i < 200; i++) {
        mcs_lock(&me);
        balance += (long)arg;
        mcs_unlock(&me);
        seen = balance;
    }
    return (void *)seen;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%ld\n", balance);
    return 0;
}
