/* TRUTH: racy. main closes the gate (acquire exchange) and starts the worker, which opens it with a relaxed store and then writes shared; main waits for the gate to open then writes shared. The relaxed store orders nothing, and the worker writes shared after opening: main's write and the worker's write race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int gate;
static int shared;

static void *worker(void *arg)
{
    (void)arg;
    atomic_store_explicit(&gate, 0, memory_order_relaxed);
    shared = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    while (atomic_exchange_explicit(&gate, 1, memory_order_acquire))
        ;
    pthread_create(&t, NULL, worker, NULL);
    while (atomic_exchange_explicit(&gate, 1, memory_order_acquire))
        ;
    shared = 2;
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
