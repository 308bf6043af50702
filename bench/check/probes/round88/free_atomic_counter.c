/* Race-free: lock-free hit counter; workers use atomic_fetch_add, a monitor thread polls
   it with atomic_load while they run; main reads it after join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 4
#define ITERS 1000

static atomic_long hits;
static atomic_int running = NT;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < ITERS; i++)
        atomic_fetch_add(&hits, 1);
    atomic_fetch_sub(&running, 1);
    return NULL;
}

static void *monitor(void *arg)
{
    long last = 0;
    (void)arg;
    while (atomic_load(&running) > 0) {
        long now = atomic_load(&hits);
        if (now < last)
            puts("counter went backwards?");
        last = now;
    }
    return (void *)last;
}

int main(void)
{
    pthread_t t[NT], mon;
    pthread_create(&mon, NULL, monitor, NULL);
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    pthread_join(mon, NULL);
    printf("%ld\n", atomic_load(&hits));
    return 0;
}
