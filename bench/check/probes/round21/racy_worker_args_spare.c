/* TRUTH: racy. args[].slot is set to i for each worker, then 'spare->slot = 0' (spare = &args[NW-1]) makes workers 0 and NW-1 both use slot 0; each then does the unlocked 'bins[w->slot].count++' and 'bins[w->slot].sum += v' concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NW 3
#define PER 50

struct bin {
    long count;
    long sum;
};

struct worker_arg {
    int slot;
    int seed;
    pthread_t tid;
};

static struct worker_arg args[NW];
static struct bin bins[NW];

static int next_val(int *seed)
{
    *seed = (*seed * 1103515245 + 12345) & 0x7fffffff;
    return *seed % 1000;
}

static void *bin_worker(void *p)
{
    struct worker_arg *w = p;
    int seed = w->seed;

    for (int i = 0; i < PER; i++) {
        int v = next_val(&seed);
        if (v < 10)
            continue;           /* noise */
        bins[w->slot].count++;
        bins[w->slot].sum += v;
    }
    return NULL;
}

int main(void)
{
    int i;
    memset(bins, 0, sizeof bins);
    for (i = 0; i < NW; i++) {
        args[i].slot = i;
        args[i].seed = 17 * i + 1;
    }
    /* the spare worker helps with slot 0 */
    struct worker_arg *spare = &args[NW - 1];
    spare->slot = 0;

    for (i = 0; i < NW; i++)
        pthread_create(&args[i].tid, NULL, bin_worker, &args[i]);
    for (i = 0; i < NW; i++)
        pthread_join(args[i].tid, NULL);
    for (i = 0; i < NW; i++)
        printf("bin %d: %ld / %ld\n", i, bins[i].count, bins[i].sum);
    return 0;
}
