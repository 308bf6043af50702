/* TRUTH: race-free. stats.hits is only updated while holding the spin lock stats.lock
   (test-and-set with acquire, clear with release); main reads after joining. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static struct {
    atomic_flag lock;
    long hits;
} stats = {ATOMIC_FLAG_INIT, 0};

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        while (atomic_flag_test_and_set_explicit(&stats.lock, memory_order_acquire))
            ;
        stats.hits++;
        atomic_flag_clear_explicit(&stats.lock, memory_order_release);
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
    printf("%ld\n", stats.hits);
    return 0;
}
