/* TRUTH: racy — counters are registered as integer handles in a table; the bumper rebuilds an unsigned * from handles[1] (== &misses) and increments it while the dumper reads misses concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static unsigned hits, misses;
static uintptr_t handles[2];

static void register_counters(void)
{
    handles[0] = (uintptr_t)&hits;
    handles[1] = (uintptr_t)&misses;
}

static void bump(uintptr_t h)
{
    unsigned *c = (unsigned *)h;
    *c += 1;
}

static void *bumper(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        bump(handles[1]);
        usleep(100);
    }
    return NULL;
}

static void *dumper(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += misses;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    register_counters();
    pthread_t a, b;
    pthread_create(&a, NULL, bumper, NULL);
    pthread_create(&b, NULL, dumper, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %u %u\n", acc, hits, misses);
    return 0;
}
