/* A thread's waits and gaps, as the states pass attributed them, cut into state segments that sum to its totals. */
#include "analysis_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int weft__an_pieces_push(struct weft__an_pieces *p, int64_t from, int64_t end, int state, int call)
{
    if (end <= from)
        return 0;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        struct weft__an_piece *v = realloc(p->v, cap * sizeof(*v));
        if (!v)
            return -ENOMEM;
        p->v = v;
        p->cap = cap;
    }
    p->v[p->n++] = (struct weft__an_piece){from, end, (int16_t)state, (int16_t)call};
    return 0;
}

void weft__an_pieces_free(struct weft__an_pieces *p)
{
    free(p->v);
    memset(p, 0, sizeof(*p));
}

/* Segments being built: lengths at fractional positions, rounded where they end. */
struct out {
    struct weft_an_segment *v;
    size_t n, cap;
    double pos;   /* where the next piece starts, ns, exact */
    int64_t last; /* end of the last segment, rounded */
    double min_len;                 /* shorter estimated pieces wait in carry */
    double carry[WEFT_ST_COUNT];    /* ... until their state has min_len of them */
    int err;
};

static void emit(struct out *o, int state, int call, double len)
{
    if (!(len > 0))
        return;
    /*
     * A gap's share of running, short calls or unexplained is an estimate spread evenly over
     * the gaps: cut into slivers it would only make the page big.  Slivers of a state gather
     * until they make min_len (settle places what is left); meanwhile the segments after them
     * sit earlier, by less than min_len per state (1/4096 of the lifetime).
     */
    if (call < 0 && len < o->min_len && !(o->n && o->v[o->n - 1].state == state)) {
        o->carry[state] += len;
        if (o->carry[state] < o->min_len)
            return;
        len = o->carry[state];
        o->carry[state] = 0;
    }
    o->pos += len;
    int64_t end = llround(o->pos);
    if (end <= o->last)
        return;
    if (o->n && o->v[o->n - 1].state == state && o->v[o->n - 1].call == call) {
        o->v[o->n - 1].end = end;
        o->last = end;
        return;
    }
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 64;
        struct weft_an_segment *v = realloc(o->v, cap * sizeof(*v));
        if (!v) {
            o->err = -ENOMEM;
            return;
        }
        o->v = v;
        o->cap = cap;
    }
    o->v[o->n++] = (struct weft_an_segment){o->last, end, state, call};
    o->last = end;
}

/* Off-CPU time in no traced call: first the short calls' share, by state, then unexplained. */
static void emit_off_cpu(struct out *o, const struct weft__an_split *x, double len)
{
    for (int s = 0; s < WEFT_ST_COUNT; s++)
        emit(o, s, -1, len * x->short_share[s]);
    emit(o, WEFT_ST_UNEXPLAINED, -1, len * x->unexplained_share);
}

/* A gap [from, end) of a sampled thread: each interval between samples in its own proportions. */
static void emit_sampled_gap(struct out *o, const struct weft__an_split *x, size_t *cur, int64_t from,
                             int64_t end)
{
    while (*cur < x->nwb && x->wb_ts[*cur + 1] <= from)
        (*cur)++;
    int64_t at = from;
    for (size_t i = *cur; at < end; i++) {
        int64_t hi = i < x->nwb && x->wb_ts[i + 1] < end ? x->wb_ts[i + 1] : end;
        double len = (double)(hi - at);
        const double *g = i < x->nwb ? &x->gsplit[3 * i] : NULL;
        double sum = g ? g[0] + g[1] + g[2] : 0;
        if (sum > 0) {
            emit(o, WEFT_ST_RUNNING, -1, len * g[0] / sum);
            emit(o, WEFT_ST_RUNNABLE, -1, len * g[1] / sum);
            emit_off_cpu(o, x, len * g[2] / sum);
        } else {
            emit_off_cpu(o, x, len);
        }
        at = hi;
        if (i >= x->nwb)
            break;
    }
}

/*
 * The pieces' rounding (and a clamp in the totals) may leave a state a few ns off its total:
 * take them from that state's segments or give them to its longest one, then lay the
 * segments end to end again from the thread's start.
 */
static int settle(struct out *o, const struct weft_an_thread *t)
{
    int64_t diff[WEFT_ST_COUNT];
    for (int s = 0; s < WEFT_ST_COUNT; s++)
        diff[s] = (int64_t)t->states[s];
    for (size_t i = 0; i < o->n; i++)
        diff[o->v[i].state] -= o->v[i].end - o->v[i].start;
    int64_t *len = malloc((o->n + WEFT_ST_COUNT) * sizeof(*len));
    if (!len)
        return -ENOMEM;
    for (size_t i = 0; i < o->n; i++)
        len[i] = o->v[i].end - o->v[i].start;
    for (int s = 0; s < WEFT_ST_COUNT; s++) {
        if (diff[s] < 0) {
            for (size_t i = o->n; i-- > 0 && diff[s] < 0;) {
                if (o->v[i].state != s)
                    continue;
                int64_t take = len[i] < -diff[s] ? len[i] : -diff[s];
                len[i] -= take;
                diff[s] += take;
            }
        } else if (diff[s] > 0) {
            size_t best = o->n;
            for (size_t i = 0; i < o->n; i++)
                if (o->v[i].state == s && (best == o->n || len[i] > len[best]))
                    best = i;
            if (best == o->n) {
                /* No segment of this state: a new one at the end. */
                if (o->n == o->cap) {
                    struct weft_an_segment *v = realloc(o->v, (o->cap + WEFT_ST_COUNT) * sizeof(*v));
                    if (!v) {
                        free(len);
                        return -ENOMEM;
                    }
                    o->v = v;
                    o->cap += WEFT_ST_COUNT;
                }
                o->v[o->n] = (struct weft_an_segment){0, 0, s, -1};
                len[o->n] = 0;
                best = o->n++;
            }
            len[best] += diff[s];
        }
    }
    /* Again end to end, without the emptied segments, merging equal neighbours. */
    size_t k = 0;
    int64_t at = t->life_start;
    for (size_t i = 0; i < o->n; i++) {
        if (len[i] <= 0)
            continue;
        if (k && o->v[k - 1].state == o->v[i].state && o->v[k - 1].call == o->v[i].call) {
            o->v[k - 1].end += len[i];
        } else {
            o->v[k] = o->v[i];
            o->v[k].start = at;
            o->v[k].end = at + len[i];
            k++;
        }
        at += len[i];
    }
    o->n = k;
    free(len);
    return 0;
}

int weft__an_build_segments(struct weft_an_thread *t, const struct weft__an_pieces *p,
                            const struct weft__an_split *x)
{
    struct out o = {.pos = (double)t->life_start, .last = t->life_start,
                    .min_len = (double)(t->life_end - t->life_start) / 4096};
    size_t cur = 0;
    for (size_t i = 0; i < p->n && !o.err; i++) {
        const struct weft__an_piece *q = &p->v[i];
        double len = (double)(q->end - q->from);
        if (q->state == WEFT_ST_NONE) {
            if (x->nwb) {
                emit_sampled_gap(&o, x, &cur, q->from, q->end);
            } else {
                emit(&o, WEFT_ST_RUNNING, -1, len * x->gap_running);
                emit_off_cpu(&o, x, len * (1 - x->gap_running));
            }
            continue;
        }
        int g = q->state == WEFT_ST_FILE_IO || q->state == WEFT_ST_NET_IO || q->state == WEFT_ST_IPC_IO ? 0 : 1;
        double off = x->wait_off[g], on = x->wait_on[g];
        emit(&o, q->state, q->call, len * off);
        emit(&o, WEFT_ST_RUNNABLE, -1, len * (1 - off - on));
        emit(&o, WEFT_ST_RUNNING, -1, len * on);
    }
    if (!o.err)
        o.err = settle(&o, t);
    if (o.err) {
        free(o.v);
        return o.err;
    }
    free(t->segs);
    t->segs = o.v;
    t->nsegs = o.n;
    return 0;
}
