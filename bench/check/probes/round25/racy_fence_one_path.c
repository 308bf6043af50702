/* TRUTH: racy. With no command-line argument use_fence is 0 and producer does its relaxed store of flag with no release fence before it: consumer's acquire fence synchronizes with nothing and its read of data races with producer's data = 1. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int data;
int use_fence;
atomic_int flag;

void *producer(void *arg)
{
    (void)arg;
    data = 1;
    if (use_fence)
        atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    printf("%d\n", data);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t c, p;
    use_fence = argc > 1;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
