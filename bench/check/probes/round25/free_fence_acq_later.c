/* TRUTH: race-free. consumer's relaxed load that saw flag set is sequenced before its acquire fence, which comes a few statements later (after a purely local computation); what consumer does after the fence is ordered after producer's writes before its release fence. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int value;
atomic_int flag;

void *producer(void *arg)
{
    (void)arg;
    value = 8;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    int spins = 0;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        spins++;
    int local = spins * 2 + 1;
    atomic_thread_fence(memory_order_acquire);
    value += local > 0;
    printf("%d\n", value);
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
