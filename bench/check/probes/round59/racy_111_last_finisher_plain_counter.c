/* TRUTH: racy — workers decrement the PLAIN int left with `--left` concurrently (read+write from every worker, no lock); additionally the "last" worker's reads of part[] are not ordered after other workers' writes. */
#include <pthread.h>
#include <stdio.h>

#define NW 3
static int part[NW];
static int summary;
static int left = NW;

static void *worker(void *a)
{
    int id = (int)(long)a;
    part[id] = id + 10;
    if (--left == 0) {
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
