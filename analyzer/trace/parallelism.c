/* The parallelism profile: how many threads ran at once over the run, from the running time per slice. */
#include "analysis_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

int weft__an_compute_parallelism(struct weft__an_ctx *c)
{
    struct weft_an_parallelism *par = &c->a->par;
    double wall = (double)c->a->wall_ns;
    if (wall <= 0 || !c->buckets)
        return 0;
    size_t nb = c->nb;
    double width = wall / (double)nb, sum = 0, maxl = 0;
    for (size_t b = 0; b < nb; b++) {
        sum += c->buckets[b];
        double l = c->buckets[b] / width;
        if (l > maxl)
            maxl = l;
    }
    size_t n = (size_t)ceil(maxl) + 1;
    par->hist = calloc(n + 1, sizeof(double));
    if (!par->hist)
        return weft__an_err(c, -ENOMEM, "out of memory");
    par->nhist = n;
    /* A slice at level 1.4 ran one thread for 60% and two for 40% of it (at best resolution). */
    for (size_t b = 0; b < nb; b++) {
        double l = c->buckets[b] / width;
        if (l < 0)
            l = 0;
        size_t lo = (size_t)floor(l);
        double frac = l - (double)lo;
        if (lo >= n) {
            lo = n - 1;
            frac = 0;
        }
        par->hist[lo] += (1 - frac) / (double)nb;
        if (frac > 0)
            par->hist[lo + 1 < n ? lo + 1 : lo] += frac / (double)nb;
    }
    par->mean = sum / wall;
    par->max = round(maxl);
    if (par->max < 1 && maxl > 0)
        par->max = 1;
    par->busy_share = 1 - par->hist[0];
    if (par->busy_share < 1e-12)
        par->busy_share = 0;
    par->serial_share = par->busy_share > 0 && n > 1 ? par->hist[1] / par->busy_share : 0;
    par->bucket_ns = (uint64_t)width;
    /* Drop empty top levels that rounding created. */
    while (par->nhist > 1 && par->hist[par->nhist - 1] < 1e-9)
        par->nhist--;
    return 0;
}
