/* TRUTH: racy — the first worker publishes &scratch (its thread-local) via an atomic pointer; the second worker writes through it while the first keeps writing its own scratch; both non-atomic writes to the same TLS object. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static _Thread_local int scratch;
static _Atomic(int *) shared_slot;

static void *worker(void *arg)
{
    (void)arg;
    int *expected = NULL;
    if (atomic_compare_exchange_strong(&shared_slot, &expected, &scratch)) {
        for (int i = 0; i < 1000; i++)
            scratch = i;
    } else {
        int *p = expected;
        *p = -1;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    puts("done");
    return 0;
}
