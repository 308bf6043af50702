/* TRUTH: racy. The writer has a release fence before its relaxed flag store, but the reader has NO acquire fence (and a relaxed load): a release fence alone synchronizes with nothing, so the writer's store to data and the reader's load of data race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int flag;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 99;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    printf("%d\n", data); /* missing atomic_thread_fence(memory_order_acquire) */
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
