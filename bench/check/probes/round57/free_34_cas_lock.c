/* TRUTH: free — a CAS-loop lock (compare_exchange_weak acq on success, store release on unlock) in a shared struct protects q.items[]/q.n in both producer threads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
struct queue { atomic_bool busy; int items[64]; int n; };
static struct queue q;
static void q_lock(struct queue *x) {
    bool expected = false;
    while (!atomic_compare_exchange_weak_explicit(&x->busy, &expected, true,
                                                  memory_order_acquire, memory_order_relaxed))
        expected = false;
}
static void q_unlock(struct queue *x) { atomic_store_explicit(&x->busy, false, memory_order_release); }
static void *prod(void *a) {
    int v = (int)(intptr_t)a;
    for (int i = 0; i < 20; i++) {
        q_lock(&q);
        if (q.n < 64) q.items[q.n++] = v;
        q_unlock(&q);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, prod, (void *)(intptr_t)1);
    pthread_create(&b, NULL, prod, (void *)(intptr_t)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", q.n);
    return 0;
}
