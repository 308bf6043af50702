/* TRUTH: free. The detached worker publishes its result with a release store of done; main spins with acquire loads before reading the result. */
#include <pthread.h>
#include <stdatomic.h>

static atomic_int done;
static struct { long sum; int count; } result;

static void *worker(void *arg)
{
    long n = (long)arg;
    for (long i = 0; i < n; i++)
        result.sum += i;
    result.count = (int)n;
    atomic_store_explicit(&done, 1, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)10L);
    pthread_detach(t);
    while (!atomic_load_explicit(&done, memory_order_acquire))
        ;
    return result.sum != 45 || result.count != 10;
}
