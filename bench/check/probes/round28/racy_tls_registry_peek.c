/* TRUTH: racy. Each worker registers the address of its __thread counter in reg[id] and
   keeps incrementing it; main sums *reg[i] before joining, reading the workers'
   thread-local counters while they write them. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

#define NW 2

static __thread long local_hits;
static long *_Atomic reg[NW];

static void *worker(void *arg)
{
    long id = (long)arg;
    reg[id] = &local_hits;
    for (int k = 0; k < 100000; k++)
        local_hits++;
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    long total = 0;
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    usleep(100);
    for (int i = 0; i < NW; i++) {
        long *p = reg[i];
        if (p)
            total += *p;
    }
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
