/* TRUTH: racy. A table with a flexible array member is allocated before the threads; each
   worker writes its own slot tbl->slot[id] but also bumps the shared header field
   tbl->used without a lock. */
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
    tbl->slot[id] = id * 3;
    tbl->used++;
    return NULL;
}

int main(void)
{
    enum { NW = 3 };
    pthread_t t[NW];
    tbl = malloc(sizeof *tbl + NW * sizeof tbl->slot[0]);
    if (!tbl)
        return 1;
    tbl->used = 0;
    tbl->n = NW;
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, fill, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", tbl->used);
    free(tbl);
    return 0;
}
