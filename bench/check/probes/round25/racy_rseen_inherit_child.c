/* TRUTH: racy. producer writes data, release fence, relaxed store of flag. watcher sees flag with a relaxed load and then creates late(), which does the acquire fence: the relaxed load is not sequenced before that fence (another thread), so no fence synchronizes with the release fence (C11 7.17.4) and producer's write of data is unordered with late's read of data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int data;
atomic_int flag;

void *producer(void *arg)
{
    (void)arg;
    data = 7;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

void *late(void *arg)
{
    (void)arg;
    atomic_thread_fence(memory_order_acquire);
    printf("%d\n", data);
    return NULL;
}

void *watcher(void *arg)
{
    (void)arg;
    pthread_t t;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    pthread_create(&t, NULL, late, NULL);
    pthread_join(t, NULL);
    return NULL;
}

int main(void)
{
    pthread_t w, p;
    pthread_create(&w, NULL, watcher, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(w, NULL);
    return 0;
}
