/* TRUTH: racy. Same gate hand-off, but main releases the gate itself right after starting the worker (atomic_store 0) before re-acquiring, so its second acquire can succeed before the worker wrote 'result': main's read races with the worker's write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int gate;
static int result;

static void *worker(void *arg)
{
    (void)arg;
    result = 385;
    atomic_store_explicit(&gate, 0, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t t;
    do {
    } while (atomic_exchange_explicit(&gate, 1, memory_order_acquire));
    pthread_create(&t, NULL, worker, NULL);
    atomic_store_explicit(&gate, 0, memory_order_release); /* bug: drops the gate */
    do {
    } while (atomic_exchange_explicit(&gate, 1, memory_order_acquire));
    printf("%d\n", result);
    pthread_join(t, NULL);
    return 0;
}
