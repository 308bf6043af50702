/* TRUTH: racy — ticket_unlock hands over with a relaxed store: the next holder's acquire load reading it does not synchronize, so its balance += 1 (line 24) is unordered with the previous holder's. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket, serving;
static long balance;

static void ticket_lock(unsigned *my) {
    *my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load_explicit(&serving, memory_order_acquire) != *my)
        ;
}

static void ticket_unlock(unsigned my) {
    atomic_store_explicit(&serving, my + 1, memory_order_relaxed);
}

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        unsigned my;
        ticket_lock(&my);
        balance += 1; // @A
        ticket_unlock(my);
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", balance);
    return 0;
}
