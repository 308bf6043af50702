/* TRUTH: race-free. Fence-fence synchronization (C11 7.17.4): the writer's plain store to `data` is followed by a release fence and then a relaxed store to flag; the reader's relaxed load that reads 1 is followed by an acquire fence before it reads data. The release fence synchronizes with the acquire fence, so the store to data happens before the load. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int flag;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 1234;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

static void *reader(void *arg)
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
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
