/* TRUTH: free — a ticket lock: each thread draws a unique ticket with atomic_fetch_add, spins with an acquire load until serving equals it, updates balance (line 24), and releases with a release store of serving + 1; the release/acquire chain orders the critical sections. */
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
    atomic_store_explicit(&serving, my + 1, memory_order_release);
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
