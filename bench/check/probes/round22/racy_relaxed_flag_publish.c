/* TRUTH: racy. `data` is published with a RELAXED store of flag and consumed after a RELAXED load: no synchronizes-with, so the writer's plain store to data and the reader's plain load of data are a data race even when the reader saw flag == 1. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int flag;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 1234;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
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
