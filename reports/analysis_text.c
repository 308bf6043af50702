/* Renders an analysis for people: verdict, evidence and advice first, then per-thread states, parallelism, contention, cycles. */
#include "analysis_model.h"
#include "weft_analysis.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define MAX_THREAD_ROWS 30
#define MAX_LOCK_ROWS 10

static void dur(char *buf, size_t len, double ns)
{
    if (ns >= 1e9)
        snprintf(buf, len, "%.2f s", ns / 1e9);
    else if (ns >= 1e6)
        snprintf(buf, len, "%.1f ms", ns / 1e6);
    else if (ns >= 1e3)
        snprintf(buf, len, "%.1f us", ns / 1e3);
    else
        snprintf(buf, len, "%.0f ns", ns);
}

/* A share as a fixed-width column: blank-ish "-" for nothing, "<1" for a trace of it. */
static void col(FILE *f, uint64_t part, uint64_t whole)
{
    if (!part || !whole) {
        fprintf(f, " %5s", "-");
        return;
    }
    double p = 100.0 * (double)part / (double)whole;
    if (p < 1)
        fprintf(f, " %5s", "<1%");
    else
        fprintf(f, " %4.0f%%", p);
}

static void header(FILE *f, const struct weft_analysis *a)
{
    fprintf(f, "weft analyze: %s\n", a->trace ? a->trace : "trace.db");
    for (size_t i = 0; i < a->nwarnings; i++)
        fprintf(f, "WARNING: %s\n", a->warnings[i]);
    if (a->left_out)
        fprintf(f, "Bounded trace: %s\n", a->left_out);
    fputc('\n', f);
    const char *kind = weft_verdict_kind_name(a->verdict_kind);
    fprintf(f, "Verdict: %s%s%s%s\n", weft_verdict_name(a->verdict), kind ? " (" : "",
            kind ? kind : "", kind ? ")" : "");
    for (size_t i = 0; i < a->nevidence; i++)
        fprintf(f, "  - %s\n", a->evidence[i]);
    fprintf(f, "What to do: %s\n\n", a->recommendation ? a->recommendation : "");
}

static void run_line(FILE *f, const struct weft_analysis *a)
{
    char wall[32], cpu[32];
    dur(wall, sizeof(wall), (double)a->wall_ns);
    dur(cpu, sizeof(cpu), (double)a->total_cpu_ns);
    uint64_t events = 0;
    for (size_t i = 0; i < a->nthreads; i++)
        events += a->threads[i].events;
    fprintf(f, "Run: %s wall, %s on CPU, ", wall, cpu);
    if (a->sampled_threads) {
        char rdy[32];
        dur(rdy, sizeof(rdy), (double)a->total_runnable_ns);
        fprintf(f, "%s runnable, ", rdy);
    }
    if (a->ncpus != WEFT_AN_NULL)
        fprintf(f, "%lld CPUs, ", (long long)a->ncpus);
    fprintf(f, "%zu process%s, %zu thread%s, %llu events\n", a->nprocs, a->nprocs == 1 ? "" : "es",
            a->nthreads, a->nthreads == 1 ? "" : "s", (unsigned long long)events);
    const struct weft_an_parallelism *p = &a->par;
    if (p->busy_share < 0.001) {
        fprintf(f, "Parallelism: no thread was measurably running (%.3f on average)\n\n", p->mean);
        return;
    }
    fprintf(f, "Parallelism: %.2f threads running on average, at most %.0f; only one running "
               "for %.0f%% of the busy time; busy %.0f%% of the run\n",
            p->mean, p->max, 100 * p->serial_share, 100 * p->busy_share);
    if (p->nhist) {
        fputs("  running threads / share of the run:", f);
        for (size_t i = 0; i < p->nhist; i++)
            fprintf(f, "  %zu: %.0f%%", i, 100 * p->hist[i]);
        fputc('\n', f);
    }
    fputc('\n', f);
}

static const char *const short_names[WEFT_ST_COUNT] = {
    "run", "rdy", "file", "net", "ipc", "poll", "lock", "cond", "join", "child", "sleep", "unexpl",
};

/* With several processes, one line each: where its threads' time went. */
static void process_table(FILE *f, const struct weft_analysis *a)
{
    if (a->nprocs < 2)
        return;
    fputs("Processes (share of their threads' time):\n", f);
    fprintf(f, "  %-7s %-24s %7s", "pid", "exe", "threads");
    for (int s = 0; s < WEFT_ST_COUNT; s++)
        fprintf(f, " %5s", short_names[s]);
    fputc('\n', f);
    for (size_t i = 0; i < a->nprocs && i < MAX_THREAD_ROWS; i++) {
        const struct weft_an_process *p = &a->procs[i];
        uint64_t total = 0;
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            total += p->states[s];
        const char *exe = p->exe ? strrchr(p->exe, '/') : NULL;
        exe = exe ? exe + 1 : p->exe ? p->exe : "?";
        fprintf(f, "  %-7lld %-24.24s %7zu", (long long)p->pid, exe, p->nthreads);
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            col(f, p->states[s], total);
        fputc('\n', f);
    }
    if (a->nprocs > MAX_THREAD_ROWS)
        fprintf(f, "  ... %zu more processes (see --format json)\n", a->nprocs - MAX_THREAD_ROWS);
    fputc('\n', f);
}

static void thread_table(FILE *f, const struct weft_analysis *a)
{
    if (!a->nthreads)
        return;
    fputs(a->sampled_threads ? "Threads (share of each thread's lifetime; run and rdy as the kernel counted them):\n"
                             : "Threads (share of each thread's lifetime; rdy = runnable, not measured):\n",
          f);
    fprintf(f, "  %-7s %-7s %-16s %10s", "pid", "tid", "name", "lifetime");
    for (int s = 0; s < WEFT_ST_COUNT; s++)
        fprintf(f, " %5s", short_names[s]);
    fputc('\n', f);
    for (size_t i = 0; i < a->nthreads && i < MAX_THREAD_ROWS; i++) {
        const struct weft_an_thread *t = &a->threads[i];
        uint64_t life = (uint64_t)(t->life_end - t->life_start);
        char d[32];
        dur(d, sizeof(d), (double)life);
        const char *name = t->name ? t->name : t->start_routine ? t->start_routine : "";
        fprintf(f, "  %-7lld %-7lld %-16.16s %10s", (long long)t->pid, (long long)t->tid, name, d);
        for (int s = 0; s < WEFT_ST_COUNT; s++)
            col(f, t->states[s], life);
        if (t->dropped)
            fprintf(f, "  (%lld dropped)", (long long)t->dropped);
        fputc('\n', f);
    }
    if (a->nthreads > MAX_THREAD_ROWS)
        fprintf(f, "  ... %zu more threads (see --format json)\n", a->nthreads - MAX_THREAD_ROWS);
    fputc('\n', f);
}

static void coroutine_table(FILE *f, const struct weft_analysis *a)
{
    if (!a->ncoros)
        return;
    fputs("Coroutines:\n", f);
    for (size_t i = 0; i < a->ncoros && i < MAX_THREAD_ROWS; i++) {
        const struct weft_an_coroutine *k = &a->coros[i];
        char act[32], run[32];
        dur(act, sizeof(act), (double)k->active_ns);
        dur(run, sizeof(run), (double)k->states[WEFT_ST_RUNNING]);
        fprintf(f, "  pid %lld  %-20s %llu switches, active %s, running %s", (long long)k->pid,
                k->name ? k->name : k->entry ? k->entry : "?", (unsigned long long)k->switches, act,
                run);
        if (k->short_spans) {
            char sh[32];
            dur(sh, sizeof(sh), (double)k->short_ns);
            fprintf(f, " (%llu spans under the threshold, %s, counted without a record each)",
                    (unsigned long long)k->short_spans, sh);
        }
        fputc('\n', f);
    }
    fputc('\n', f);
}

static void lock_table(FILE *f, const struct weft_analysis *a)
{
    size_t shown = 0;
    for (size_t i = 0; i < a->nlocks; i++)
        shown += a->locks[i].contended > 0 || a->locks[i].wait_total_ns > 0;
    if (!shown) {
        fprintf(f, "Contention: none recorded (%zu lock%s seen)\n\n", a->nlocks,
                a->nlocks == 1 ? "" : "s");
        return;
    }
    fprintf(f, "Contention (most waited first%s):\n",
            a->whole_run_totals ? "; whole-run totals, not only the analyzed window" : "");
    fprintf(f, "  %-20s %-8s %10s %10s %10s %10s  %s\n", "lock", "kind", "acquired", "contended",
            "waited", "max wait", "top site");
    for (size_t i = 0; i < a->nlocks && i < MAX_LOCK_ROWS; i++) {
        const struct weft_an_lock *l = &a->locks[i];
        if (l->contended <= 0 && l->wait_total_ns <= 0)
            continue;
        char name[32], w[32], m[32], acq[24];
        if (l->name)
            snprintf(name, sizeof(name), "%s", l->name);
        else
            snprintf(name, sizeof(name), "0x%llx", (unsigned long long)l->addr);
        dur(w, sizeof(w), (double)l->wait_total_ns);
        if (l->wait_max_ns == WEFT_AN_NULL)
            snprintf(m, sizeof(m), "?");
        else
            dur(m, sizeof(m), (double)l->wait_max_ns);
        if (l->acquisitions == WEFT_AN_NULL)
            snprintf(acq, sizeof(acq), "?");
        else
            snprintf(acq, sizeof(acq), "%lld", (long long)l->acquisitions);
        fprintf(f, "  %-20s %-8s %10s %10lld %10s %10s  %s\n", name, l->kind ? l->kind : "?", acq,
                (long long)l->contended, w, m, l->nsites ? l->sites[0].site : "?");
        for (size_t k = 1; k < l->nsites && k < 3; k++) {
            char sw[32];
            dur(sw, sizeof(sw), (double)l->sites[k].wait_ns);
            fprintf(f, "  %-20s also at %s (%llu waits, %s)\n", "", l->sites[k].site,
                    (unsigned long long)l->sites[k].waits, sw);
        }
    }
    fputc('\n', f);
}

static void cycle_list(FILE *f, const struct weft_analysis *a)
{
    if (!a->ncycles) {
        fputs("Lock-order cycles: none\n", f);
        return;
    }
    fprintf(f, "Lock-order cycles: %zu%s (%s)\n", a->ncycles, a->cycles_truncated ? "+" : "",
            a->complete ? "this run did not deadlock, but another interleaving can"
                        : "a possible deadlock");
    for (size_t i = 0; i < a->ncycles; i++) {
        const struct weft_an_cycle *cy = &a->cycles[i];
        fprintf(f, "  cycle %zu (pid %lld): ", i + 1, (long long)cy->pid);
        for (size_t k = 0; k < cy->nlocks; k++)
            fprintf(f, "%s -> ", cy->locks[k]);
        fprintf(f, "%s\n", cy->nlocks ? cy->locks[0] : "");
        for (size_t k = 0; k < cy->nedges; k++) {
            const struct weft_an_cycle_edge *e = &cy->edges[k];
            fprintf(f, "    tid %lld holds %s (taken at %s) and takes %s at %s\n", (long long)e->tid,
                    e->held, e->held_site, e->acquired, e->acquired_site);
        }
    }
}

int weft_analysis_write_text(const struct weft_analysis *a, FILE *f)
{
    header(f, a);
    run_line(f, a);
    process_table(f, a);
    thread_table(f, a);
    coroutine_table(f, a);
    lock_table(f, a);
    cycle_list(f, a);
    if (a->nnotes) {
        fputs("\nNotes:\n", f);
        for (size_t i = 0; i < a->nnotes; i++)
            fprintf(f, "  - %s\n", a->notes[i]);
    }
    return ferror(f) ? -EIO : 0;
}
