/* TRUTH: free — hits and bytes are only modified with __sync_fetch_and_add / __sync_add_and_fetch from the threads (atomic RMWs); main reads them after joining. */
#include <pthread.h>
#include <stdio.h>

static unsigned long hits;
static unsigned long bytes;

static void *serve(void *a)
{
    unsigned long sz = (unsigned long)a;
    for (int i = 0; i < 100; i++) {
        __sync_fetch_and_add(&hits, 1);
        (void)__sync_add_and_fetch(&bytes, sz);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (unsigned long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, serve, (void *)(i * 64 + 1));
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%lu %lu\n", hits, bytes);
    return 0;
}
