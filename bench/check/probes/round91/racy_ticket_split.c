/* racy: the ticket is taken with a separate load and store (not fetch_add), so two
   threads can draw the same ticket and both pass the `serving == me` spin. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket, serving;
static int hits;

static void tlock(void) {
    unsigned me = atomic_load_explicit(&next_ticket, memory_order_relaxed);
    atomic_store_explicit(&next_ticket, me + 1, memory_order_relaxed);
    while (atomic_load_explicit(&serving, memory_order_acquire) != me)
        ;
}
static void tunlock(void) {
    atomic_fetch_add_explicit(&serving, 1, memory_order_release);
}

static void *user(void *arg) {
    (void)arg;
    tlock();
    hits++;
    tunlock();
    return NULL;
}

int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, user, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", hits);
    return 0;
}
