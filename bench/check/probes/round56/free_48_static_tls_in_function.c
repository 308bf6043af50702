/* TRUTH: free — the function-static `depth` is _Thread_local, so each thread has its own; the shared `max_seen` is updated with an atomic CAS loop. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int max_seen;

static void enter(void)
{
    static _Thread_local int depth;
    depth++;
    int cur = atomic_load(&max_seen);
    while (depth > cur && !atomic_compare_exchange_weak(&max_seen, &cur, depth))
        ;
    if (depth < 5)
        enter();
    depth--;
}

static void *worker(void *arg)
{
    (void)arg;
    enter();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", atomic_load(&max_seen));
    return 0;
}
