/* TRUTH: race-free. Each reader loads counter atomically with the generic __atomic_load into its own local, then stores it into its own element seen[id] (ids 0 and 1). */
#include <pthread.h>
#include <stdio.h>

static long counter = 5;
static long seen[2];

static void *reader(void *arg)
{
    long id = (long)arg;
    long v;
    __atomic_load(&counter, &v, __ATOMIC_ACQUIRE);
    seen[id] = v;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, (void *)0);
    pthread_create(&b, NULL, reader, (void *)1);
    __atomic_store_n(&counter, 6, __ATOMIC_RELEASE);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", seen[0], seen[1]);
    return 0;
}
