/* TRUTH: free — worker 0 (the loader) is joined inside the create loop before workers 1..2 start, and workers 1..2 are joined in a later loop before main reads stats; each worker writes only its own slot */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NW 3
static long stats[NW];
static int table[64];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 200; i++) {
        if (id == 0)
            table[i % 64] = i;
        else
            stats[id] += table[i % 64];
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        if (i == 0)
            pthread_join(t[i], NULL);
    }
    for (int i = 1; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", stats[1], stats[2]);
    return 0;
}
