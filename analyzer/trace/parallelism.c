/* The parallelism profile: how many threads ran at once, per slice of the run, from each thread's running time. */
#include "analysis_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Levels tracked exactly; "this many or more" above (memory: slices x levels). */
#define MAX_LEVEL 64

/*
 * Per slice we keep the mean (running ns) and the distribution of how many threads
 * ran.  Inside a slice a thread runs with probability p = its running share of the
 * slice; threads are combined as independent.  When slices are short next to the
 * waits (the usual case) p is 0 or 1 and the distribution is exact; it is an
 * estimate only where the trace cannot say when, between two calls, a thread ran.
 */
int weft__an_profile_init(struct weft__an_ctx *c, size_t nb, size_t nthreads)
{
    c->nb = nb;
    c->nlev = (nthreads < MAX_LEVEL ? nthreads : MAX_LEVEL) + 1;
    c->buckets = calloc(nb, sizeof(double));
    c->dist = calloc(nb * c->nlev, sizeof(double));
    c->top = calloc(nb, sizeof(*c->top));
    if (!c->buckets || !c->dist || !c->top)
        return -ENOMEM;
    for (size_t b = 0; b < nb; b++)
        c->dist[b * c->nlev] = 1;
    return 0;
}

void weft__an_profile_free(struct weft__an_ctx *c)
{
    free(c->buckets);
    free(c->dist);
    free(c->top);
    c->buckets = c->dist = NULL;
    c->top = NULL;
}

/* Adds one thread: gap[b] is its time between waits in slice b, of which share f ran. */
void weft__an_profile_add(struct weft__an_ctx *c, const double *gap, size_t lo, size_t hi,
                          double f, double width)
{
    size_t L = c->nlev - 1;
    for (size_t b = lo; b < hi; b++) {
        double run = gap[b] * f;
        if (run <= 0)
            continue;
        c->buckets[b] += run;
        double p = width > 0 ? run / width : 0;
        if (p > 1)
            p = 1;
        double *d = c->dist + b * c->nlev;
        /* Levels above top are 0: only top + 1 levels change (threads rarely overlap). */
        size_t top = c->top[b];
        if (top == L) {
            d[L] += d[L - 1] * p; /* the top level means "L or more" */
            top = L - 1;
        } else {
            d[top + 1] = d[top] * p;
            c->top[b] = (unsigned short)(top + 1);
        }
        for (size_t k = top; k > 0; k--)
            d[k] = d[k] * (1 - p) + d[k - 1] * p;
        d[0] *= 1 - p;
    }
}

/* Combines another worker's threads into c (distributions convolve). */
int weft__an_profile_merge(struct weft__an_ctx *c, const struct weft__an_ctx *w)
{
    size_t n = c->nlev;
    double *tmp = malloc(n * sizeof(double));
    if (!tmp)
        return -ENOMEM;
    for (size_t b = 0; b < c->nb; b++) {
        c->buckets[b] += w->buckets[b];
        const double *x = c->dist + b * n, *y = w->dist + b * n;
        if (y[0] >= 1)
            continue; /* nothing ran there in w */
        memset(tmp, 0, n * sizeof(double));
        for (size_t i = 0; i <= c->top[b]; i++)
            for (size_t j = 0; j <= w->top[b]; j++)
                tmp[i + j < n ? i + j : n - 1] += x[i] * y[j];
        memcpy(c->dist + b * n, tmp, n * sizeof(double));
        size_t top = (size_t)c->top[b] + w->top[b];
        c->top[b] = (unsigned short)(top < n ? top : n - 1);
    }
    free(tmp);
    return 0;
}

int weft__an_compute_parallelism(struct weft__an_ctx *c)
{
    struct weft_an_parallelism *par = &c->a->par;
    double wall = (double)c->a->wall_ns;
    if (wall <= 0 || !c->buckets)
        return 0;
    size_t nb = c->nb, n = c->nlev;
    double sum = 0;
    for (size_t b = 0; b < nb; b++)
        sum += c->buckets[b];
    par->hist = calloc(n, sizeof(double));
    if (!par->hist)
        return weft__an_err(c, -ENOMEM, "out of memory");
    for (size_t b = 0; b < nb; b++)
        for (size_t k = 0; k < n; k++)
            par->hist[k] += c->dist[b * n + k] / (double)nb;
    par->nhist = n;
    /* No more threads run at once than there are CPUs: fold what the estimate put above. */
    int64_t ncpus = c->a->ncpus;
    if (ncpus != WEFT_AN_NULL && ncpus > 0 && (size_t)ncpus + 1 < par->nhist) {
        for (size_t k = (size_t)ncpus + 1; k < par->nhist; k++)
            par->hist[ncpus] += par->hist[k];
        par->nhist = (size_t)ncpus + 1;
    }
    /* Levels held for under 0.1% of the run are noise of the estimate, not a peak. */
    while (par->nhist > 1 && par->hist[par->nhist - 1] < 1e-3)
        par->nhist--;
    par->mean = sum / wall;
    par->max = (double)(par->nhist - 1);
    par->busy_share = 1 - par->hist[0];
    if (par->busy_share < 1e-12)
        par->busy_share = 0;
    par->serial_share = par->busy_share > 0 && n > 1 ? par->hist[1] / par->busy_share : 0;
    par->bucket_ns = (uint64_t)(wall / (double)nb);
    return 0;
}
