/* TRUTH: race-free. Filter lock (generalized Peterson) for 3 threads with seq_cst atomics guards the plain 'total'. */
#include <pthread.h>
#include <stdatomic.h>

#define N 3

static atomic_int level[N];
static atomic_int victim[N];
static long total;

static int others_at_or_above(int me, int l)
{
    for (int k = 0; k < N; k++)
        if (k != me && atomic_load(&level[k]) >= l)
            return 1;
    return 0;
}

static void f_lock(int me)
{
    for (int l = 1; l < N; l++) {
        atomic_store(&level[me], l);
        atomic_store(&victim[l], me);
        while (others_at_or_above(me, l) && atomic_load(&victim[l]) == me)
            ;
    }
}

static void f_unlock(int me)
{
    atomic_store(&level[me], 0);
}

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        f_lock(me);
        total += me;
        f_unlock(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return (int)total;
}
