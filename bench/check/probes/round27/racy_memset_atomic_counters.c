/* TRUTH: racy. reset_stats() clears the _Atomic counters with memset (plain byte writes, C11 7.24.6.1) while the workers are still running and doing atomic_fetch_add on them: a non-atomic write conflicting with atomic RMWs, unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#define NW 3

static atomic_long hits;
static atomic_long misses;

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 100; i++) {
        if ((i + id) % 3 == 0)
            atomic_fetch_add(&hits, 1);
        else
            atomic_fetch_add(&misses, 1);
    }
    return NULL;
}

static void reset_stats(void)
{
    memset(&hits, 0, sizeof hits);
    memset(&misses, 0, sizeof misses);
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    reset_stats(); /* bug: threads still running */
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    return (int)(atomic_load(&hits) + atomic_load(&misses));
}
