/* TRUTH: race-free. The table (flexible array member) is set up before the threads start;
   each worker writes only tbl->slot[id] with its own id and reads the header that nobody
   writes while they run; main reads after the joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct table {
    int used;
    int n;
    long slot[];
};

static struct table *tbl;

static void *fill(void *arg)
{
    long id = (long)arg;
    if (id < tbl->n)
        tbl->slot[id] = id * 3;
    return NULL;
}

int main(void)
{
    enum { NW = 3 };
    pthread_t t[NW];
    tbl = malloc(sizeof *tbl + NW * sizeof tbl->slot[0]);
    if (!tbl)
        return 1;
    tbl->used = NW;
    tbl->n = NW;
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, fill, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", tbl->slot[2]);
    free(tbl);
    return 0;
}
