/* TRUTH: race-free. Ticket lock released by a release store of my + 1 into serving (only the holder writes serving); next only counts up by 1; the three threads' updates of queue_depth never overlap. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_uint next;
atomic_uint serving;
int queue_depth;

void *client(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next, 1);
    while (atomic_load_explicit(&serving, memory_order_acquire) != my)
        ;
    queue_depth++;
    atomic_store_explicit(&serving, my + 1, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, client, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", queue_depth);
    return 0;
}
