/* TRUTH: free — counter is _Atomic and only touched with atomic operations */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NTHREADS 4

static atomic_long counter;

static void *work(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50000; i++)
        atomic_fetch_add(&counter, 1);
    return NULL;
}

int main(void)
{
    pthread_t t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&t[i], NULL, work, NULL);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", atomic_load(&counter));
    return 0;
}
