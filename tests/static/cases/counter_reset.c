// An id from an atomic counter is each fetch's own only while nothing stores to the counter
// once threads run: a reset (atomic_store(&next, 0)) may hand the same id out twice. Setting
// it before any thread starts is fine.
#include <pthread.h>
#include <stdatomic.h>

atomic_int next_kept, next_reset;
int kept[8], reset[8];

static void *taker(void *arg)
{
    (void)arg;
    int id = atomic_fetch_add(&next_kept, 1);
    kept[id] = 1; // NORACE: no other fetch returns this id
    int again = atomic_fetch_add(&next_reset, 1);
    reset[again] = 1; // RACE (possible): after main's reset the same id comes back
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    atomic_store(&next_kept, 0);
    pthread_create(&t[0], NULL, taker, NULL);
    atomic_store(&next_reset, 0);
    pthread_create(&t[1], NULL, taker, NULL);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    return 0;
}
