/* TRUTH: racy. atomic_init is a non-atomic store; main re-initialises hits after starting the worker that atomically increments it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int hits;

static void *worker(void *p)
{
    (void)p;
    for (int i = 0; i < 4; i++)
        atomic_fetch_add(&hits, 1);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    atomic_init(&hits, 0);
    pthread_join(t, NULL);
    printf("%d\n", atomic_load(&hits));
    return 0;
}
