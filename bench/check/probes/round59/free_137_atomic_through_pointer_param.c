/* TRUTH: free — workers receive a pointer to the global events and update it only with __atomic_fetch_add through that pointer; main reads events by name after joining. */
#include <pthread.h>
#include <stdio.h>

static long events;

static void record(long *ctr, long n)
{
    __atomic_fetch_add(ctr, n, __ATOMIC_RELAXED);
}

static void *emitter(void *arg)
{
    for (int i = 0; i < 100; i++)
        record(arg, 1);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, emitter, &events);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", events);
    return 0;
}
