/* TRUTH: free — `events` is atomic_int and only touched with atomic_fetch_add / atomic_load. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int events;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        atomic_fetch_add_explicit(&events, 1, memory_order_relaxed);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    printf("so far %d\n", atomic_load(&events));
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", atomic_load(&events));
    return 0;
}
