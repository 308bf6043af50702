/* TRUTH: free — each thread increments only stat[k].hits/stat[k].misses for its own k; main joins all threads (in reverse order) before aggregating. */
#include <pthread.h>
#include <stdio.h>

#define K 6
struct cell {
    int hits;
    int misses;
};
static struct cell stat[K];

static void *probe(void *p)
{
    struct cell *c = p;
    for (int i = 0; i < 40; i++) {
        if (i % 3)
            c->hits++;
        else
            c->misses++;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[K];
    for (int k = 0; k < K; k++)
        pthread_create(&t[k], NULL, probe, &stat[k]);
    for (int k = K - 1; k >= 0; k--)
        pthread_join(t[k], NULL);
    int h = 0, m = 0;
    for (int k = 0; k < K; k++) {
        h += stat[k].hits;
        m += stat[k].misses;
    }
    printf("%d %d\n", h, m);
    return 0;
}
