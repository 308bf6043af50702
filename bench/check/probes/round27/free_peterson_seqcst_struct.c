/* TRUTH: race-free. Peterson's lock for two threads with seq_cst atomics (flags and turn in a struct), guarding the plain counter; seq_cst makes the store-load order hold, so the sections exclude each other and each unlock (seq_cst store) synchronizes with the other's entry loads. */
#include <pthread.h>
#include <stdatomic.h>

struct peterson { atomic_int flag[2]; atomic_int turn; };

static struct peterson pl;
static long counter;

static void p_lock(int me)
{
    int other = 1 - me;
    atomic_store(&pl.flag[me], 1);
    atomic_store(&pl.turn, other);
    while (atomic_load(&pl.flag[other]) && atomic_load(&pl.turn) == other)
        ;
}

static void p_unlock(int me)
{
    atomic_store(&pl.flag[me], 0);
}

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    for (int i = 0; i < 1000; i++) {
        p_lock(me);
        counter++;
        p_unlock(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return (int)counter;
}
