/* Runs a check: parses TUs in parallel (one CXIndex per thread), reuses cached facts, then the whole-program pass. */
#include "cache.h"
#include "facts.h"
#include "program.h"
#include "weft_check.h"

#include "clang_api.h"
#include <errno.h>
#include <glob.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct job {
    const struct weft_check_tu *tu;
    struct weft__facts facts;
    uint64_t key; /* cache key, 0 when not cached */
    int valid;    /* the cache entry for key is up to date */
    int from_cache, failed, rc;
};

struct run {
    struct job *jobs;
    size_t n;
    const struct weft_check_options *o;
    const char *resource;
    int phase; /* 1: compute keys and validate cache entries; 2: load or parse */
    atomic_size_t next, done;
    size_t *order; /* the jobs, largest source first (NULL: as given) */
};

static char resource_dir[4096];

int weft_check_load_libclang(char *err, size_t errlen)
{
    return weft__clang_load(err, errlen);
}

const char *weft_check_resource_include(void)
{
    if (resource_dir[0])
        return resource_dir;
    static const char *const pats[] = {"/usr/lib/llvm-14/lib/clang/14*/include", "/usr/lib/llvm-*/lib/clang/*/include",
                                       "/usr/lib/clang/*/include", NULL};
    for (int i = 0; pats[i]; i++) {
        glob_t g;
        if (!glob(pats[i], 0, NULL, &g) && g.gl_pathc) {
            snprintf(resource_dir, sizeof(resource_dir), "%s", g.gl_pathv[g.gl_pathc - 1]);
            globfree(&g);
            return resource_dir;
        }
        globfree(&g);
    }
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The TU's source file, made absolute against its directory. */
static void tu_path(const struct weft_check_tu *tu, char *path, size_t n)
{
    if (tu->file[0] != '/' && tu->directory)
        snprintf(path, n, "%s/%s", tu->directory, tu->file);
    else
        snprintf(path, n, "%s", tu->file);
}

struct sized {
    off_t size;
    size_t idx;
};

static int by_size_desc(const void *a, const void *b)
{
    const struct sized *x = a, *y = b;
    return x->size != y->size ? (x->size < y->size ? 1 : -1) : (x->idx > y->idx) - (x->idx < y->idx);
}

/*
 * The order the workers take the jobs in: largest source first, so that no large TU is
 * left to parse alone at the end while the other workers idle (the whole-program pass
 * waits for the last one). Results stay in the jobs' own order. On failure R->order
 * stays NULL (the given order).
 */
static void order_jobs(struct run *R)
{
    struct sized *v = malloc((R->n + 1) * sizeof(*v));
    R->order = malloc((R->n + 1) * sizeof(*R->order));
    if (!v || !R->order) {
        free(v);
        free(R->order);
        R->order = NULL;
        return;
    }
    for (size_t i = 0; i < R->n; i++) {
        char path[8192];
        struct stat st;
        tu_path(R->jobs[i].tu, path, sizeof(path));
        v[i] = (struct sized){stat(path, &st) ? 0 : st.st_size, i};
    }
    qsort(v, R->n, sizeof(*v), by_size_desc);
    for (size_t i = 0; i < R->n; i++)
        R->order[i] = v[i].idx;
    free(v);
}

/* Parses (or loads from the cache) one TU into its job. */
static void do_job(struct run *R, struct job *j, CXIndex idx)
{
    const struct weft_check_tu *tu = j->tu;
    char path[8192];
    tu_path(tu, path, sizeof(path));
    /* Relative include paths are made absolute here: libclang's -working-directory
     * changes the process-wide current directory, which parallel TUs share. */
    const char **argv = calloc((size_t)tu->argc + 4, sizeof(*argv));
    char **owned = calloc((size_t)tu->argc + 1, sizeof(*owned));
    if (!argv || !owned) {
        free(argv);
        free(owned);
        j->rc = -ENOMEM;
        return;
    }
    int argc = 0, nowned = 0;
    static const char *const path_opts[] = {"-I", "-isystem", "-iquote", "-idirafter", "-include", "-imacros", NULL};
    for (int i = 0; i < tu->argc; i++) {
        const char *a = tu->argv[i];
        int po = -1;
        for (int k = 0; path_opts[k]; k++)
            if (!strncmp(a, path_opts[k], strlen(path_opts[k])))
                po = k;
        if (po >= 0 && tu->directory) {
            size_t ol = strlen(path_opts[po]);
            const char *val = a[ol] ? a + ol : NULL;
            if (!val && i + 1 < tu->argc) {
                argv[argc++] = a;
                a = tu->argv[++i];
                val = a;
                ol = 0;
            }
            if (val && val[0] != '/' && (owned[nowned] = malloc(strlen(tu->directory) + strlen(a) + 2))) {
                sprintf(owned[nowned], "%.*s%s/%s", (int)ol, a, tu->directory, val);
                a = owned[nowned++];
            }
        }
        argv[argc++] = a;
    }
    if (R->resource) {
        argv[argc++] = "-isystem";
        argv[argc++] = R->resource;
    }
    uint64_t key = 0;
    if (R->phase == 1) {
        if (R->o->cache_dir && !weft__cache_key(path, argv, argc, &key)) {
            j->key = key;
            j->valid = !weft__cache_load(R->o->cache_dir, key, NULL);
        }
        goto out;
    }
    key = j->key;
    if (j->valid && !weft__cache_load(R->o->cache_dir, key, &j->facts)) {
        j->from_cache = 1;
        goto out;
    }
    struct weft__extract_args a = {.index = idx, .file = path, .dir = tu->directory, .argv = argv, .argc = argc};
    j->rc = weft__extract(&a, &j->facts);
    j->failed = j->rc || j->facts.nerrors;
    if (!j->failed && R->o->cache_dir && key)
        weft__cache_store(R->o->cache_dir, key, &j->facts); /* a cache that cannot be written is only slower */
out:
    for (int i = 0; i < nowned; i++)
        free(owned[i]);
    free(owned);
    free(argv);
}

static void *worker(void *arg)
{
    struct run *R = arg;
    CXIndex idx = clang_createIndex(0, 0);
    for (;;) {
        size_t i = atomic_fetch_add(&R->next, 1);
        if (i >= R->n)
            break;
        do_job(R, &R->jobs[R->order ? R->order[i] : i], idx);
        atomic_fetch_add(&R->done, 1);
    }
    clang_disposeIndex(idx);
    return NULL;
}

static void progress(struct run *R, pthread_t *th, int nth)
{
    double t0 = now();
    int drawn = 0, tty = R->o->progress && isatty(2);
    while (tty && atomic_load(&R->done) < R->n) {
        struct timespec ts = {0, 100000000};
        nanosleep(&ts, NULL);
        if (now() - t0 < 1.0)
            continue;
        size_t d = atomic_load(&R->done);
        int w = 30, fill = (int)(w * d / (R->n ? R->n : 1));
        fprintf(stderr, "\rweft check [%.*s%*s] %zu/%zu TUs", fill, "##############################", w - fill, "",
                d, R->n);
        drawn = 1;
    }
    for (int i = 0; i < nth; i++)
        pthread_join(th[i], NULL);
    if (drawn)
        fprintf(stderr, "\r%60s\r", "");
}

static void run_phase(struct run *R, int phase, int nth)
{
    pthread_t th[256];
    int started = 0;
    R->phase = phase;
    atomic_store(&R->next, 0);
    atomic_store(&R->done, 0);
    for (int i = 0; i < nth; i++)
        if (!pthread_create(&th[started], NULL, worker, R))
            started++;
    if (!started)
        worker(R);
    if (phase == 2)
        progress(R, th, started);
    else
        for (int i = 0; i < started; i++)
            pthread_join(th[i], NULL);
}

/* Key of the whole program: every TU's key and the configuration; 0 if a TU is not cacheable or changed. */
static uint64_t program_key(const struct run *R, const struct weft_check_config *c, int need_valid)
{
    uint64_t h = weft__fnv(WEFT__FNV_INIT, "program", 7);
    for (size_t i = 0; i < R->n; i++) {
        if (!R->jobs[i].key || (need_valid && !R->jobs[i].valid))
            return 0;
        h = weft__fnv(h, &R->jobs[i].key, sizeof(R->jobs[i].key));
        /* the object files decide which TUs a program takes (programs.c) */
        const char *o = R->jobs[i].tu->output;
        h = weft__fnv(h, o ? o : "", o ? strlen(o) + 1 : 1);
    }
    for (size_t i = 0; c && i < c->nlock_fns; i++) {
        h = weft__fnv(h, c->lock_fns[i].acquire, strlen(c->lock_fns[i].acquire) + 1);
        h = weft__fnv(h, c->lock_fns[i].release, strlen(c->lock_fns[i].release) + 1);
    }
    for (size_t i = 0; c && i < c->natomic_fns; i++)
        h = weft__fnv(h, c->atomic_fns[i], strlen(c->atomic_fns[i]) + 1);
    return h ? h : 1;
}

/* Whether any analyzed code calls or defines a function called name. */
static int named_anywhere(struct weft__facts *const *facts, size_t n, const char *name)
{
    for (size_t t = 0; t < n; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++) {
            const struct weft__fn *fn = &facts[t]->fns[i];
            if (!strcmp(fn->name, name))
                return 1;
            for (size_t k = 0; k < fn->nops; k++)
                if (fn->ops[k].kind == WEFT__OP_CALL && !strcmp(fn->ops[k].u.call.name, name))
                    return 1;
        }
    return 0;
}

/* The --lock-fn names nothing analyzed calls or defines: a typo, or a macro (whose
 * expansion's calls are what the analysis sees). */
static int unused_lock_fns(struct weft__facts *const *facts, size_t n, const struct weft_check_config *cfg,
                           struct weft__arena *A, struct weft_check_result *r)
{
    size_t m = cfg ? cfg->nlock_fns : 0;
    if (!m)
        return 0;
    const char **u = weft__arena_alloc(A, 2 * m * sizeof(*u));
    if (!u)
        return -ENOMEM;
    for (size_t i = 0; i < m; i++) {
        const char *names[2] = {cfg->lock_fns[i].acquire, cfg->lock_fns[i].release};
        for (int k = 0; k < 2; k++)
            if (names[k] && *names[k] && !named_anywhere(facts, n, names[k]))
                u[r->nunused_lock_fns++] = names[k];
    }
    r->unused_lock_fns = u;
    return 0;
}

int weft_check_run(const struct weft_check_tu *tus, size_t ntus, const struct weft_check_options *o,
                   struct weft_check_result **out)
{
    double t0 = now();
    if (weft__clang_load(NULL, 0))
        return -ENOENT;
    struct weft_check_result *r = calloc(1, sizeof(*r));
    struct weft__arena *A = calloc(1, sizeof(*A));
    struct run R;
    memset(&R, 0, sizeof(R));
    R.jobs = calloc(ntus + 1, sizeof(*R.jobs));
    if (!r || !A || !R.jobs) {
        free(r);
        free(A);
        free(R.jobs);
        return -ENOMEM;
    }
    r->priv = A;
    R.n = ntus;
    R.o = o;
    R.resource = weft_check_resource_include();
    for (size_t i = 0; i < ntus; i++)
        R.jobs[i].tu = &tus[i];
    order_jobs(&R);
    if (o->cache_dir)
        weft__cache_mkdir(o->cache_dir);

    int nth = o->jobs > 0 ? o->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (nth < 1)
        nth = 1;
    if ((size_t)nth > ntus)
        nth = ntus ? (int)ntus : 1;
    if (nth > 256)
        nth = 256;
    int rc = 0;
    uint64_t pkey = 0;
    if (o->cache_dir) {
        /* Nothing changed (every TU's entry valid, same configuration): reuse the last result. */
        run_phase(&R, 1, nth);
        pkey = program_key(&R, o->config, 1);
        if (pkey && !weft__result_load(o->cache_dir, pkey, A, r)) {
            r->tus = r->cached = ntus;
            free(R.jobs);
            free(R.order);
            r->seconds = now() - t0;
            *out = r;
            return 0;
        }
    }
    run_phase(&R, 2, nth);
    if (o->cache_dir)
        pkey = program_key(&R, o->config, 0);

    struct weft__facts **ok = calloc(ntus + 1, sizeof(*ok));
    const char **outs = calloc(ntus + 1, sizeof(*outs)); /* each ok TU's object file */
    size_t nok = 0, ndiag = 0, capdiag = 0;
    if (!ok || !outs)
        rc = -ENOMEM;
    r->tus = ntus;
    for (size_t i = 0; i < ntus && !rc; i++) {
        struct job *j = &R.jobs[i];
        if (j->rc == -ENOMEM)
            rc = -ENOMEM;
        r->parsed += !j->from_cache;
        r->cached += j->from_cache;
        if (j->failed) {
            r->errors++;
            for (size_t k = 0; k < j->facts.nerrors; k++) {
                const char **d = WEFT__PUSH(r->diagnostics, ndiag, capdiag);
                if (!d || !(*d = weft__arena_strdup(A, j->facts.errors[k]))) {
                    rc = -ENOMEM;
                    break;
                }
            }
            if (!j->facts.nerrors) {
                const char **d = WEFT__PUSH(r->diagnostics, ndiag, capdiag);
                char msg[4200];
                snprintf(msg, sizeof(msg), "%s:1:1: error: could not be analyzed", j->tu->file);
                if (!d || !(*d = weft__arena_strdup(A, msg)))
                    rc = -ENOMEM;
            }
        } else {
            outs[nok] = j->tu->output;
            ok[nok++] = &j->facts;
        }
    }
    r->ndiagnostics = ndiag;
    if (!rc)
        rc = weft__programs_analyze(ok, outs, nok, o->config, A, r);
    if (!rc)
        rc = weft__findings_unify(A, r);
    if (!rc)
        rc = unused_lock_fns(ok, nok, o->config, A, r);
    if (!rc && !r->errors && pkey)
        weft__result_store(o->cache_dir, pkey, r); /* only slower next time if it fails */
    if (!rc && r->errors) {
        const char **inc = weft__arena_alloc(A, (r->nincomplete + 2) * sizeof(*inc));
        if (inc) {
            if (r->nincomplete)
                memcpy(inc, r->incomplete, r->nincomplete * sizeof(*inc));
            inc[r->nincomplete++] = "some translation units did not parse and were left out";
            r->incomplete = inc;
            r->complete = 0;
        }
    }
    free(ok);
    free(outs);
    for (size_t i = 0; i < ntus; i++)
        weft__facts_free(&R.jobs[i].facts);
    free(R.jobs);
    free(R.order);
    r->seconds = now() - t0;
    if (rc) {
        weft_check_result_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

void weft_check_result_free(struct weft_check_result *r)
{
    if (!r)
        return;
    free(r->diagnostics);
    if (r->priv) {
        weft__arena_free(r->priv);
        free(r->priv);
    }
    free(r);
}

void weft_check_hide_type_matches(struct weft_check_result *r)
{
    size_t k = 0;
    for (size_t i = 0; i < r->nfindings; i++)
        if (!r->findings[i].by_type)
            r->findings[k++] = r->findings[i];
    r->hidden_by_type += r->nfindings - k;
    r->nfindings = k;
}

enum weft_check_verdict weft_check_verdict(const struct weft_check_result *r)
{
    for (size_t i = 0; i < r->nfindings; i++)
        if (r->findings[i].definite)
            return WEFT_CHECK_RACE;
    if (r->nfindings)
        return WEFT_CHECK_POSSIBLE;
    return r->complete && !r->errors && !r->hidden_by_type ? WEFT_CHECK_RACE_FREE : WEFT_CHECK_UNKNOWN;
}

const char *weft_check_verdict_name(enum weft_check_verdict v)
{
    static const char *const names[] = {"race-free", "race", "possible race", "unknown"};
    return (unsigned)v < 4 ? names[v] : "unknown";
}
