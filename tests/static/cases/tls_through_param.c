// A thread-local variable whose address a thread hands to a helper: the helper writes that
// thread's own copy. weft cannot show the address stays in its thread, so the pair is at
// most possible, never definite.
#include <pthread.h>

static _Thread_local int scratch;
static int totals[2];

static void accumulate(int *dst, int v) { *dst += v; } // RACE (possible): each thread's own copy in fact

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int *mine = &scratch;
    for (int i = 0; i < 10; i++)
        accumulate(mine, i + id);
    totals[id] = scratch; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return totals[0] + totals[1];
}
