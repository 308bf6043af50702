/* TRUTH: free — hits is an _Atomic counter updated only with atomic_fetch_add; main reads it after joining all threads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define THREADS 6
static _Atomic long hits;

static void *hammer(void *u)
{
    (void)u;
    for (int i = 0; i < 1000; i++)
        atomic_fetch_add(&hits, 1);
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, hammer, NULL);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", atomic_load(&hits));
    return 0;
}
