/* TRUTH: race-free. Each worker builds a private histogram over its own range of the input and merges it into the global hist under hist_lock; input is only read by workers; main reads hist after joining. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NDATA 4096
#define NBINS 16
#define NT 4

static unsigned char input[NDATA];
static long hist[NBINS];
static pthread_mutex_t hist_lock = PTHREAD_MUTEX_INITIALIZER;

struct range {
    int id;
    int lo, hi;
};

static void merge(const long *local)
{
    pthread_mutex_lock(&hist_lock);
    for (int b = 0; b < NBINS; b++)
        hist[b] += local[b];
    pthread_mutex_unlock(&hist_lock);
}

static void *worker(void *p)
{
    struct range *r = p;
    long local[NBINS];
    memset(local, 0, sizeof local);
    for (int i = r->lo; i < r->hi; i++)
        local[input[i] % NBINS]++;
    merge(local);
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    struct range rg[NT];
    for (int i = 0; i < NDATA; i++)
        input[i] = (unsigned char)(i * 7 + 3);
    for (int t = 0; t < NT; t++) {
        rg[t].id = t;
        rg[t].lo = t * (NDATA / NT);
        rg[t].hi = (t + 1) * (NDATA / NT);
        pthread_create(&th[t], NULL, worker, &rg[t]);
    }
    for (int t = 0; t < NT; t++)
        pthread_join(th[t], NULL);
    for (int b = 0; b < NBINS; b++)
        printf("%d %ld\n", b, hist[b]);
    return 0;
}
