/* TRUTH: racy. The barrier is sized for the workers with a non-empty chunk (1 here); worker 1 (empty chunk) skips pthread_barrier_wait and immediately reads partial[0] in the merge loop, while worker 0 may still be executing 'partial[w->id] = s' (partial[0]) before its own wait; likewise worker 0 reads partial[1] while worker 1 may be writing it. */
#include <pthread.h>
#include <stdio.h>

#define NW 2
#define LEN 10

static pthread_barrier_t bar;
static int data[LEN];
static long partial[NW];
static long merged[NW];
static int chunk_len[NW];

struct warg {
    int id;
    int start;
};

static void *worker(void *p)
{
    struct warg *w = p;
    int n = chunk_len[w->id];
    long s = 0;

    for (int i = w->start; i < w->start + n; i++)
        s += data[i];
    partial[w->id] = s;
    if (n > 0)
        pthread_barrier_wait(&bar);     /* nothing to publish -> no need to wait */
    /* merge: everyone sums everyone's partials */
    long m = 0;
    for (int k = 0; k < NW; k++)
        m += partial[k];
    merged[w->id] = m;
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    struct warg a[NW];

    for (int i = 0; i < LEN; i++)
        data[i] = i + 1;
    chunk_len[0] = LEN;
    chunk_len[1] = 0;
    int nonempty = 0;
    for (int i = 0; i < NW; i++)
        if (chunk_len[i] > 0)
            nonempty++;
    pthread_barrier_init(&bar, NULL, (unsigned)nonempty);
    for (int i = 0; i < NW; i++) {
        a[i].id = i;
        a[i].start = i == 0 ? 0 : LEN;
        pthread_create(&t[i], NULL, worker, &a[i]);
    }
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", merged[0], merged[1]);
    return 0;
}
