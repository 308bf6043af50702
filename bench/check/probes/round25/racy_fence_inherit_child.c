/* TRUTH: racy. child() writes data then does a relaxed store of flag; the release fence is in starter(), child's creator, so it is not sequenced before child's store (C11 7.17.4 needs fence and store in one thread): reader's relaxed load + acquire fence synchronize with nothing, and child's write of data races with reader's read of data (the store to flag may become visible first). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int data;
atomic_int flag;

void *child(void *arg)
{
    (void)arg;
    data = 42;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

void *starter(void *arg)
{
    (void)arg;
    pthread_t c;
    atomic_thread_fence(memory_order_release);
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    return NULL;
}

void *reader(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t s, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&s, NULL, starter, NULL);
    pthread_join(s, NULL);
    pthread_join(r, NULL);
    return 0;
}
