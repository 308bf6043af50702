/* weft_analysis_run and weft_analysis_free: runs the passes in order and owns what they produce. */
#include "analysis_internal.h"
#include "weft_analysis.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A process's states are its threads' states summed (they sum to its thread time). */
static void process_states(struct weft_analysis *a)
{
    size_t k = 0;
    for (size_t i = 0; i < a->nthreads; i++) {
        const struct weft_an_thread *t = &a->threads[i];
        if (k >= a->nprocs || a->procs[k].id != t->process_id)
            for (k = 0; k < a->nprocs && a->procs[k].id != t->process_id; k++)
                ;
        if (k == a->nprocs)
            continue;
        a->procs[k].nthreads++;
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            a->procs[k].states[s] += t->states[s];
    }
}

static int add_warnings(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    int rc = 0;
    if (!a->complete)
        rc |= weft__an_strv_push(&a->warnings, &a->nwarnings,
                              weft__an_asprintf("incomplete trace: %s; analyzed what was recorded",
                                             a->incomplete_reason ? a->incomplete_reason : "unknown reason"));
    if (a->dropped_events > 0) {
        size_t nt = 0;
        for (size_t i = 0; i < a->nthreads; i++)
            nt += a->threads[i].dropped > 0;
        rc |= weft__an_strv_push(&a->warnings, &a->nwarnings,
                              weft__an_asprintf("%lld events were dropped (ring full) in %zu thread%s: "
                                             "their waits are undercounted and show as running or "
                                             "unexplained",
                                             (long long)a->dropped_events, nt, nt == 1 ? "" : "s"));
    }
    if (!a->sampled_threads)
        rc |= weft__an_strv_push(&a->notes, &a->nnotes,
                                 strdup("runnable (ready but waiting for a CPU) was not sampled in this "
                                        "trace (an older weft, or --sample-interval 0): it is 0 here "
                                        "and such time counts as unexplained"));
    else if (a->sampled_threads < a->nthreads)
        rc |= weft__an_strv_push(&a->notes, &a->nnotes,
                                 weft__an_asprintf("%zu of %zu threads were never sampled (they lived "
                                                   "less than a sample interval, or ended before the "
                                                   "collector registered them): their runnable time is "
                                                   "not measured",
                                                   a->nthreads - a->sampled_threads, a->nthreads));
    size_t nocpu = 0;
    for (size_t i = 0; i < a->nthreads; i++)
        nocpu += a->threads[i].cpu_ns == WEFT_AN_NULL;
    if (nocpu)
        rc |= weft__an_strv_push(&a->notes, &a->nnotes,
                              weft__an_asprintf("CPU time unknown for %zu thread%s (still running "
                                                "or blocked when the process ended): time "
                                                "between their traced calls counts as unexplained",
                                                nocpu, nocpu == 1 ? "" : "s"));
    size_t bare = 0;
    for (size_t i = 0; i < a->nprocs; i++) {
        bare += a->procs[i].nthreads == 0;
    }
    if (bare)
        rc |= weft__an_strv_push(&a->warnings, &a->nwarnings,
                                 weft__an_asprintf("%zu process%s without any recorded thread "
                                                   "(no traced call reached the tracer): %s "
                                                   "not in the states or the verdict",
                                                   bare, bare == 1 ? "" : "es",
                                                   bare == 1 ? "its time is" : "their time is"));
    if (a->ncpus == WEFT_AN_NULL)
        rc |= weft__an_strv_push(&a->notes, &a->nnotes,
                              strdup("the trace does not say how many CPUs the machine had"));
    return rc ? weft__an_err(c, -ENOMEM, "out of memory") : 0;
}

/* The state each (call, fd kind) counts in: the renderers colour events by it. */
static int event_states(struct weft__an_ctx *c)
{
    struct weft_analysis *a = c->a;
    a->ncalls = WEFT_CALL_MAX;
    a->nfd_kinds = WEFT_FD_MAX;
    a->event_states = malloc((size_t)WEFT_CALL_MAX * WEFT_FD_MAX);
    if (!a->event_states)
        return weft__an_err(c, -ENOMEM, "out of memory");
    for (int call = 0; call < WEFT_CALL_MAX; call++)
        for (int fd = 0; fd < WEFT_FD_MAX; fd++)
            a->event_states[call * WEFT_FD_MAX + fd] =
                (signed char)weft__an_event_state(c->category[call], call, fd);
    return 0;
}

int weft_analysis_run(sqlite3 *db, struct weft_analysis **out, char *err, size_t errlen)
{
    return weft_analysis_run_opts(db, 0, out, err, errlen);
}

int weft_analysis_run_opts(sqlite3 *db, unsigned flags, struct weft_analysis **out, char *err,
                           size_t errlen)
{
    *out = NULL;
    struct weft_analysis *a = calloc(1, sizeof(*a));
    struct weft__an_ctx *c = calloc(1, sizeof(*c));
    if (!a || !c) {
        free(a);
        free(c);
        if (err && errlen)
            snprintf(err, errlen, "out of memory");
        return -ENOMEM;
    }
    c->db = db;
    c->a = a;
    c->err = err;
    c->errlen = errlen;
    c->want_segments = !!(flags & WEFT_ANALYSIS_SEGMENTS);
    const char *fn = sqlite3_db_filename(db, "main");
    a->trace = strdup(fn && *fn ? fn : "trace.db");
    int rc = a->trace ? 0 : weft__an_err(c, -ENOMEM, "out of memory");
    if (!rc)
        rc = weft__an_load_meta(c);
    if (!rc)
        rc = weft__an_load_calls(c);
    if (!rc)
        rc = event_states(c);
    if (!rc)
        rc = weft__an_load_processes(c);
    if (!rc)
        rc = weft__an_check_index(c);
    if (!rc)
        rc = weft__an_load_threads(c);
    if (!rc)
        rc = weft__an_load_samples(c);
    if (!rc)
        rc = weft__an_load_coroutines(c);
    if (!rc)
        rc = weft__an_compute_states(c);
    if (!rc) {
        process_states(a);
        rc = weft__an_compute_parallelism(c);
    }
    if (!rc)
        rc = weft__an_compute_machine(c);
    if (!rc)
        rc = weft__an_compute_locks(c);
    if (!rc)
        rc = weft__an_compute_cycles(c);
    if (!rc)
        rc = weft__an_compute_verdict(c);
    if (!rc)
        rc = add_warnings(c);
    weft__an_free_samples(c);
    weft__an_map_free(&c->fds);
    weft__an_map_free(&c->lock_sites);
    sqlite3_finalize(c->site_st);
    weft__an_profile_free(c);
    free(c);
    if (rc) {
        weft_analysis_free(a);
        return rc;
    }
    *out = a;
    return 0;
}

/* The trace path shown in reports; the caller may replace it with the path the user typed. */
int weft_analysis_set_trace_path(struct weft_analysis *a, const char *path)
{
    char *p = strdup(path);
    if (!p)
        return -ENOMEM;
    free(a->trace);
    a->trace = p;
    return 0;
}

void weft_analysis_free(struct weft_analysis *a)
{
    if (!a)
        return;
    free(a->trace);
    free(a->incomplete_reason);
    free(a->left_out);
    weft__an_strv_free(a->warnings, a->nwarnings);
    weft__an_strv_free(a->notes, a->nnotes);
    weft__an_strv_free(a->evidence, a->nevidence);
    free(a->recommendation);
    free(a->par.hist);
    for (size_t i = 0; i < a->nprocs; i++) {
        free(a->procs[i].exe);
        free(a->procs[i].argv);
    }
    free(a->procs);
    for (size_t i = 0; i < a->nthreads; i++) {
        free(a->threads[i].name);
        free(a->threads[i].start_routine);
        free(a->threads[i].segs);
    }
    free(a->threads);
    for (size_t i = 0; i < a->ncoros; i++) {
        free(a->coros[i].entry);
        free(a->coros[i].name);
    }
    free(a->coros);
    free(a->event_states);
    for (size_t i = 0; i < a->nlocks; i++) {
        free(a->locks[i].name);
        free(a->locks[i].kind);
        for (size_t k = 0; k < a->locks[i].nsites; k++)
            free(a->locks[i].sites[k].site);
        free(a->locks[i].sites);
    }
    free(a->locks);
    for (size_t i = 0; i < a->ncycles; i++) {
        struct weft_an_cycle *cy = &a->cycles[i];
        weft__an_strv_free(cy->locks, cy->nlocks);
        for (size_t k = 0; k < cy->nedges; k++) {
            free(cy->edges[k].held);
            free(cy->edges[k].acquired);
            free(cy->edges[k].held_site);
            free(cy->edges[k].acquired_site);
        }
        free(cy->edges);
    }
    free(a->cycles);
    free(a);
}
