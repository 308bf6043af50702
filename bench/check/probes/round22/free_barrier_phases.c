/* TRUTH: race-free. Barrier of count 2, each of the two workers waits exactly once: each writes only its own slot before the wait and reads the other's slot after it; the barrier orders all pre-wait writes before all post-wait reads. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int slot0, slot1;

static void *first(void *arg)
{
    (void)arg;
    slot0 = 10;
    pthread_barrier_wait(&bar);
    printf("first sees %d\n", slot1);
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    slot1 = 20;
    pthread_barrier_wait(&bar);
    printf("second sees %d\n", slot0);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_barrier_destroy(&bar);
    return 0;
}
