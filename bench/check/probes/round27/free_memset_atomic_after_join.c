/* TRUTH: race-free. The _Atomic counters are cleared with memset only before the workers start and after all of them are joined; during the run only atomic RMWs touch them. */
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
    long total = 0;
    for (int round = 0; round < 2; round++) {
        reset_stats();
        for (long i = 0; i < NW; i++)
            pthread_create(&t[i], NULL, worker, (void *)i);
        for (int i = 0; i < NW; i++)
            pthread_join(t[i], NULL);
        total += atomic_load(&hits) + atomic_load(&misses);
    }
    return (int)total;
}
