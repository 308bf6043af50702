/* TRUTH: racy — each producer passes its own local queue_lock object (stack `busy` flag) to q_lock, so both enter at once and both write q.n / q.items concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
struct queue { int items[64]; int n; };
static struct queue q;
static void q_lock(atomic_bool *busy) {
    bool expected = false;
    while (!atomic_compare_exchange_weak_explicit(busy, &expected, true,
                                                  memory_order_acquire, memory_order_relaxed))
        expected = false;
}
static void q_unlock(atomic_bool *busy) { atomic_store_explicit(busy, false, memory_order_release); }
static void *prod(void *a) {
    int v = (int)(intptr_t)a;
    atomic_bool busy = false;
    for (int i = 0; i < 20; i++) {
        q_lock(&busy);
        if (q.n < 64) q.items[q.n++] = v;
        q_unlock(&busy);
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
