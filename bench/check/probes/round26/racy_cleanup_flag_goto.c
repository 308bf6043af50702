/* TRUTH: racy. When quiet is 0, producer leaves the block by `goto finish`, which runs the
   cleanup `publish` (release store of ready); `stats = 2` at finish therefore comes after the
   store, and consumer (which leaves its wait once ready is set) reads stats concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int payload, stats;
static int quiet; /* set by main before the threads start */

static void publish(int *token)
{
    (void)token;
    atomic_store_explicit(&ready, 1, memory_order_release);
}

static void *producer(void *arg)
{
    (void)arg;
    payload = 42;
    {
        int token __attribute__((cleanup(publish))) = 0;
        if (quiet)
            return NULL; /* published on the way out */
        goto finish;     /* ... and on the way to finish */
    }
finish:
    stats = 2;
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d %d\n", payload, stats);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t c, p;
    quiet = argc > 2;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
