/* Renders an analysis as the JSON object of docs/analysis-json.md (schema weft-analysis/1). */
#include "analysis_model.h"
#include "json_writer.h"
#include "weft_analysis.h"

#include <stdio.h>
#include <string.h>

static void int_or_null(struct weft_json *j, const char *key, int64_t v)
{
    weft_json_key(j, key);
    if (v == WEFT_AN_NULL)
        weft_json_null(j);
    else
        weft_json_int(j, v);
}

static void hex(struct weft_json *j, const char *key, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof(buf), "0x%llx", (unsigned long long)v);
    weft_json_key(j, key);
    weft_json_str(j, buf);
}

static void str(struct weft_json *j, const char *key, const char *v)
{
    weft_json_key(j, key);
    weft_json_str(j, v);
}

static void strv(struct weft_json *j, const char *key, char *const *v, size_t n)
{
    weft_json_key(j, key);
    weft_json_arr_begin(j);
    for (size_t i = 0; i < n; i++)
        weft_json_str(j, v[i]);
    weft_json_arr_end(j);
}

/* True when s is exactly a JSON array of strings, so it can be embedded as is. */
static int is_string_array(const char *s)
{
    while (*s == ' ')
        s++;
    if (*s++ != '[')
        return 0;
    while (*s == ' ')
        s++;
    if (*s == ']')
        return s[1] == '\0';
    for (;;) {
        if (*s++ != '"')
            return 0;
        while (*s && *s != '"') {
            if ((unsigned char)*s < 0x20)
                return 0;
            if (*s == '\\' && !*++s)
                return 0;
            s++;
        }
        if (*s++ != '"')
            return 0;
        while (*s == ' ')
            s++;
        if (*s == ']')
            return s[1] == '\0';
        if (*s++ != ',')
            return 0;
        while (*s == ' ')
            s++;
    }
}

static void states(struct weft_json *j, const uint64_t *st)
{
    weft_json_key(j, "states");
    weft_json_obj_begin(j);
    for (int s = 0; s < WEFT_ST_COUNT; s++) {
        weft_json_key(j, weft_state_names[s]);
        weft_json_uint(j, st[s]);
    }
    weft_json_obj_end(j);
}

static void parallelism(struct weft_json *j, const struct weft_an_parallelism *p)
{
    weft_json_key(j, "parallelism");
    weft_json_obj_begin(j);
    weft_json_key(j, "mean");
    weft_json_double(j, p->mean);
    weft_json_key(j, "max");
    weft_json_double(j, p->max);
    weft_json_key(j, "serial_share");
    weft_json_double(j, p->serial_share);
    weft_json_key(j, "busy_share");
    weft_json_double(j, p->busy_share);
    weft_json_key(j, "bucket_ns");
    weft_json_uint(j, p->bucket_ns);
    weft_json_key(j, "histogram");
    weft_json_arr_begin(j);
    for (size_t i = 0; i < p->nhist; i++) {
        weft_json_obj_begin(j);
        weft_json_key(j, "running");
        weft_json_uint(j, i);
        weft_json_key(j, "share");
        weft_json_double(j, p->hist[i]);
        weft_json_obj_end(j);
    }
    weft_json_arr_end(j);
    weft_json_obj_end(j);
}

/* "machine": the machine's CPU use around the program, or null without samples. */
static void machine(struct weft_json *j, const struct weft_an_machine *m)
{
    weft_json_key(j, "machine");
    if (!m->known) {
        weft_json_null(j);
        return;
    }
    weft_json_obj_begin(j);
    weft_json_key(j, "span_ns");
    weft_json_int(j, m->span_ns);
    weft_json_key(j, "busy_share");
    weft_json_double(j, m->busy_share);
    weft_json_key(j, "traced_share");
    weft_json_double(j, m->traced_share);
    weft_json_key(j, "collector_share");
    weft_json_double(j, m->collector_share);
    weft_json_key(j, "others_share");
    weft_json_double(j, m->others_share);
    weft_json_obj_end(j);
}

static void processes(struct weft_json *j, const struct weft_analysis *a)
{
    weft_json_key(j, "processes");
    weft_json_arr_begin(j);
    for (size_t i = 0; i < a->nprocs; i++) {
        const struct weft_an_process *p = &a->procs[i];
        weft_json_obj_begin(j);
        int_or_null(j, "id", p->id);
        int_or_null(j, "pid", p->pid);
        int_or_null(j, "ppid", p->ppid);
        str(j, "exe", p->exe);
        weft_json_key(j, "argv");
        if (!p->argv)
            weft_json_null(j);
        else if (is_string_array(p->argv))
            weft_json_raw(j, p->argv);
        else {
            weft_json_arr_begin(j);
            weft_json_str(j, p->argv);
            weft_json_arr_end(j);
        }
        int_or_null(j, "start_ns", p->start_ns);
        int_or_null(j, "end_ns", p->end_ns);
        int_or_null(j, "exit_code", p->exit_code);
        int_or_null(j, "exit_signal", p->exit_signal);
        weft_json_key(j, "threads");
        weft_json_uint(j, p->nthreads);
        states(j, p->states);
        weft_json_obj_end(j);
    }
    weft_json_arr_end(j);
}

static void threads(struct weft_json *j, const struct weft_analysis *a)
{
    weft_json_key(j, "threads");
    weft_json_arr_begin(j);
    for (size_t i = 0; i < a->nthreads; i++) {
        const struct weft_an_thread *t = &a->threads[i];
        weft_json_obj_begin(j);
        int_or_null(j, "id", t->id);
        int_or_null(j, "process_id", t->process_id);
        int_or_null(j, "pid", t->pid);
        int_or_null(j, "tid", t->tid);
        str(j, "name", t->name);
        str(j, "start_routine", t->start_routine);
        int_or_null(j, "creator_tid", t->creator_tid);
        int_or_null(j, "start_ns", t->life_start);
        int_or_null(j, "end_ns", t->life_end);
        weft_json_key(j, "end_known");
        weft_json_bool(j, t->end_ns != WEFT_AN_NULL);
        int_or_null(j, "cpu_ns", t->cpu_ns);
        int_or_null(j, "dropped", t->dropped);
        weft_json_key(j, "events");
        weft_json_uint(j, t->events);
        weft_json_key(j, "short_call_ns");
        weft_json_uint(j, t->short_scaled_ns);
        weft_json_key(j, "idle_ns");
        weft_json_uint(j, t->idle_ns);
        weft_json_key(j, "sampled");
        weft_json_bool(j, t->sampled);
        int_or_null(j, "runnable_ns", t->runnable_ns);
        weft_json_key(j, "running_in_calls_ns");
        weft_json_uint(j, t->running_calls_ns);
        states(j, t->states);
        weft_json_obj_end(j);
    }
    weft_json_arr_end(j);
}

static void coroutines(struct weft_json *j, const struct weft_analysis *a)
{
    weft_json_key(j, "coroutines");
    weft_json_arr_begin(j);
    for (size_t i = 0; i < a->ncoros; i++) {
        const struct weft_an_coroutine *k = &a->coros[i];
        weft_json_obj_begin(j);
        int_or_null(j, "id", k->id);
        int_or_null(j, "pid", k->pid);
        hex(j, "key", k->key);
        str(j, "entry", k->entry);
        str(j, "name", k->name);
        int_or_null(j, "created_tid", k->created_tid);
        int_or_null(j, "created_ns", k->created_ns);
        int_or_null(j, "ended_ns", k->ended_ns);
        weft_json_key(j, "switches");
        weft_json_uint(j, k->switches);
        weft_json_key(j, "active_ns");
        weft_json_uint(j, k->active_ns);
        weft_json_key(j, "short_spans");
        weft_json_uint(j, k->short_spans);
        weft_json_key(j, "short_spans_ns");
        weft_json_uint(j, k->short_ns);
        weft_json_key(j, "suspended_ns");
        weft_json_uint(j, k->suspended_ns);
        states(j, k->states);
        weft_json_obj_end(j);
    }
    weft_json_arr_end(j);
}

static void locks(struct weft_json *j, const struct weft_analysis *a)
{
    weft_json_key(j, "locks");
    weft_json_arr_begin(j);
    for (size_t i = 0; i < a->nlocks; i++) {
        const struct weft_an_lock *l = &a->locks[i];
        weft_json_obj_begin(j);
        int_or_null(j, "id", l->id);
        int_or_null(j, "pid", l->pid);
        hex(j, "addr", l->addr);
        str(j, "name", l->name);
        str(j, "kind", l->kind);
        int_or_null(j, "acquisitions", l->acquisitions);
        int_or_null(j, "contended", l->contended);
        int_or_null(j, "wait_total_ns", l->wait_total_ns);
        int_or_null(j, "wait_max_ns", l->wait_max_ns);
        int_or_null(j, "hold_total_ns", l->hold_total_ns);
        int_or_null(j, "hold_max_ns", l->hold_max_ns);
        weft_json_key(j, "top_sites");
        weft_json_arr_begin(j);
        for (size_t k = 0; k < l->nsites; k++) {
            weft_json_obj_begin(j);
            str(j, "site", l->sites[k].site);
            weft_json_key(j, "waits");
            weft_json_uint(j, l->sites[k].waits);
            weft_json_key(j, "wait_ns");
            weft_json_uint(j, l->sites[k].wait_ns);
            weft_json_obj_end(j);
        }
        weft_json_arr_end(j);
        weft_json_obj_end(j);
    }
    weft_json_arr_end(j);
}

static void cycles(struct weft_json *j, const struct weft_analysis *a)
{
    weft_json_key(j, "lock_order_cycles");
    weft_json_arr_begin(j);
    for (size_t i = 0; i < a->ncycles; i++) {
        const struct weft_an_cycle *cy = &a->cycles[i];
        weft_json_obj_begin(j);
        int_or_null(j, "pid", cy->pid);
        strv(j, "locks", cy->locks, cy->nlocks);
        weft_json_key(j, "edges");
        weft_json_arr_begin(j);
        for (size_t k = 0; k < cy->nedges; k++) {
            const struct weft_an_cycle_edge *e = &cy->edges[k];
            weft_json_obj_begin(j);
            str(j, "held", e->held);
            str(j, "acquired", e->acquired);
            int_or_null(j, "tid", e->tid);
            str(j, "held_site", e->held_site);
            str(j, "acquired_site", e->acquired_site);
            int_or_null(j, "count", e->count);
            weft_json_obj_end(j);
        }
        weft_json_arr_end(j);
        weft_json_obj_end(j);
    }
    weft_json_arr_end(j);
}

int weft_analysis_write_json(const struct weft_analysis *a, struct weft_json *j)
{
    weft_json_obj_begin(j);
    str(j, "schema", "weft-analysis/1");
    str(j, "trace", a->trace);
    weft_json_key(j, "complete");
    weft_json_bool(j, a->complete);
    str(j, "incomplete_reason", a->complete ? NULL : a->incomplete_reason);
    int_or_null(j, "dropped_events", a->dropped_events);
    strv(j, "warnings", a->warnings, a->nwarnings);
    strv(j, "notes", a->notes, a->nnotes);
    str(j, "left_out", a->left_out);
    weft_json_key(j, "whole_run_totals");
    weft_json_bool(j, a->whole_run_totals);
    int_or_null(j, "window_from_ns", a->window_from_ns);
    int_or_null(j, "window_to_ns", a->window_to_ns);
    int_or_null(j, "start_ns", a->start_ns);
    int_or_null(j, "end_ns", a->end_ns);
    int_or_null(j, "wall_ns", a->wall_ns);
    int_or_null(j, "ncpus", a->ncpus);
    str(j, "verdict", weft_verdict_name(a->verdict));
    str(j, "verdict_kind", weft_verdict_kind_name(a->verdict_kind));
    strv(j, "evidence", a->evidence, a->nevidence);
    str(j, "recommendation", a->recommendation);
    weft_json_key(j, "total_cpu_ns");
    weft_json_uint(j, a->total_cpu_ns);
    weft_json_key(j, "total_runnable_ns");
    if (a->sampled_threads)
        weft_json_uint(j, a->total_runnable_ns);
    else
        weft_json_null(j);
    machine(j, &a->machine);
    parallelism(j, &a->par);
    processes(j, a);
    threads(j, a);
    coroutines(j, a);
    locks(j, a);
    cycles(j, a);
    weft_json_key(j, "lock_order_cycles_truncated");
    weft_json_bool(j, a->cycles_truncated);
    weft_json_obj_end(j);
    return weft_json_error(j);
}
