/* TRUTH: free — each worker writes part[id] then does atomic_fetch_sub(&remaining, 1) (seq_cst RMW, forming one release sequence); only the worker that sees 1 (the last) reads all part[] and writes summary; that RMW reads from the chain containing every earlier worker's release, so all part writes happen-before its reads. main reads summary after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NW 4
static int part[NW];
static int summary;
static atomic_int remaining = NW;

static void *worker(void *a)
{
    int id = (int)(long)a;
    part[id] = id * id + 1;
    if (atomic_fetch_sub(&remaining, 1) == 1) {
        int s = 0;
        for (int i = 0; i < NW; i++)
            s += part[i];
        summary = s;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", summary);
    return 0;
}
