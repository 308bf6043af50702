/* TRUTH: race-free. A hand-made sense-reversing barrier for 2 threads (seq_cst fetch_sub on count, last arriver resets count and flips 'sense' with a seq_cst store, others spin on sense): phase 1 writes own slot, phase 2 reads the other slot. The last arriver's reset of count happens before its sense store, which the spinner reads before its next use. */
#include <pthread.h>
#include <stdatomic.h>

#define N 2

static atomic_int count = N;
static atomic_int sense;
static int slot[N];
static int got[N];

static void barrier(int *local_sense)
{
    *local_sense = !*local_sense;
    if (atomic_fetch_sub(&count, 1) == 1) {
        atomic_store(&count, N);
        atomic_store(&sense, *local_sense);
    } else {
        while (atomic_load(&sense) != *local_sense)
            ;
    }
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int ls = 0;
    slot[id] = id + 1;
    barrier(&ls);
    got[id] = slot[1 - id];
    barrier(&ls);
    slot[id] = 0;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return got[0] + got[1];
}
