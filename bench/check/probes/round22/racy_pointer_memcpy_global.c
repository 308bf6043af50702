/* TRUTH: racy. main copies its heap pointer into the global `shared` with memcpy, starts the worker, and then both main (through its local p) and the worker (through shared) do `->count++` on the same heap object concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct stats {
    int count;
};

static struct stats *shared;

static void *worker(void *arg)
{
    (void)arg;
    shared->count++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct stats *p = malloc(sizeof *p);
    if (!p)
        return 1;
    p->count = 0;
    memcpy(&shared, &p, sizeof p);
    pthread_create(&t, NULL, worker, NULL);
    p->count++;
    pthread_join(t, NULL);
    printf("%d\n", p->count);
    free(p);
    return 0;
}
