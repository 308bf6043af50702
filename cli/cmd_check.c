/* weft check: parses options, loads the compilation database or files, runs the race check, writes the report. */
#include "check_report.h"
#include "commands.h"
#include "options.h"
#include "out_file.h"
#include "weft_check.h"
#include "weft_error.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fputs("usage: weft check [options] -p BUILD_DIR\n"
          "       weft check [options] FILE... [-- COMPILER_FLAGS]\n"
          "\n"
          "Finds data races: pairs of accesses to shared state that can run in two threads at once,\n"
          "at least one a write, with no common lock and no create/join ordering.\n"
          "\n"
          "options:\n"
          "  -p PATH             compile_commands.json, or the directory holding it (as clang-tidy)\n"
          "  FILE... -- FLAGS    check these .c/.i files as one program, compiled with FLAGS (-D, -I, -m32...)\n"
          "  --format FMT        text (default, file:line:col: warning: ... [weft-race]), json or sarif\n"
          "  -o FILE             write the report to FILE instead of standard output\n"
          "  --baseline FILE     a previous --format json output: report only findings not in it\n"
          "  --fail-on WHAT      definite (default): exit 1 only for definite races; possible: also for\n"
          "                      possible ones\n"
          "  --type-matches      also report races on memory matched by type only (any 'struct timeval',\n"
          "                      any 'unsigned char'), always possible; left out by default\n"
          "  --lock-fn ACQ:REL   calls to ACQ take the lock their first argument points at (or, with no\n"
          "                      argument, one critical section), calls to REL release it; repeatable\n"
          "  --atomic-fn GLOB    functions whose name matches GLOB run as one atomic section (e.g. 'isr_*');\n"
          "                      repeatable\n"
          "  --config FILE       read lock-fn/atomic-fn lines from FILE (default: ./.weft-check if present)\n"
          "  -j N                parse N translation units at once (default: number of cores)\n"
          "  --cache-dir DIR     cache per-TU facts in DIR (default: BUILD_DIR/.weft-cache with -p,\n"
          "                      else $XDG_CACHE_HOME/weft or ~/.cache/weft)\n"
          "  --no-cache          parse every translation unit, read and write no cache\n"
          "  --stats             print 'weft check: stats: ...' (TUs parsed, from cache, seconds) on stderr\n"
          "  --no-progress       never draw the progress bar (drawn on a terminal after one second)\n"
          "  -h, --help          this help\n"
          "\n"
          "An access is never reported if its line carries the comment '// weft-check: ignore race'.\n"
          "Each race is definite (every part of it certain) or possible (with the reason it may not be).\n"
          "Exit status: 0 proved race-free (the analysis covered the program and found nothing); 1 races\n"
          "found (definite ones, or any with --fail-on possible); 2 usage error or missing input; 3 not\n"
          "proved race-free: possible races only, races matched by type only left out, or an incomplete\n"
          "analysis (a TU that does not parse is left out, its errors printed, and makes the analysis\n"
          "incomplete).\n",
          f);
}

struct opts {
    const char *p, *format, *out, *baseline, *config, *cache_dir;
    int jobs, no_cache, stats, progress, fail_possible, type_matches;
    const char **files;
    size_t nfiles;
    const char **flags;
    int nflags;
    struct weft_check_config cfg;
    size_t caplock, capatomic;
    char **owned;
    size_t nowned, capowned;
};

static char *keep(struct opts *o, char *s)
{
    if (!s)
        return NULL;
    char **slot = o->nowned + 1 > o->capowned ? NULL : &o->owned[o->nowned];
    if (!slot) {
        size_t nc = o->capowned ? o->capowned * 2 : 16;
        char **n = realloc(o->owned, nc * sizeof(*n));
        if (!n) {
            free(s);
            return NULL;
        }
        o->owned = n;
        o->capowned = nc;
        slot = &o->owned[o->nowned];
    }
    *slot = s;
    o->nowned++;
    return s;
}

static int add_lock_fn(struct opts *o, const char *spec)
{
    const char *colon = strchr(spec, ':');
    if (!colon || colon == spec || !colon[1])
        return -EINVAL;
    if (o->cfg.nlock_fns == o->caplock) {
        size_t nc = o->caplock ? o->caplock * 2 : 8;
        struct weft_check_lockfn *n = realloc(o->cfg.lock_fns, nc * sizeof(*n));
        if (!n)
            return -ENOMEM;
        o->cfg.lock_fns = n;
        o->caplock = nc;
    }
    char *a = keep(o, strndup(spec, (size_t)(colon - spec))), *r = keep(o, strdup(colon + 1));
    if (!a || !r)
        return -ENOMEM;
    o->cfg.lock_fns[o->cfg.nlock_fns].acquire = a;
    o->cfg.lock_fns[o->cfg.nlock_fns].release = r;
    o->cfg.nlock_fns++;
    return 0;
}

static int add_atomic_fn(struct opts *o, const char *glob)
{
    if (o->cfg.natomic_fns == o->capatomic) {
        size_t nc = o->capatomic ? o->capatomic * 2 : 8;
        const char **n = realloc(o->cfg.atomic_fns, nc * sizeof(*n));
        if (!n)
            return -ENOMEM;
        o->cfg.atomic_fns = n;
        o->capatomic = nc;
    }
    char *g = keep(o, strdup(glob));
    if (!g)
        return -ENOMEM;
    o->cfg.atomic_fns[o->cfg.natomic_fns++] = g;
    return 0;
}

/* Config lines: "lock-fn ACQ:REL", "atomic-fn GLOB" ('=' optional), '#' comments. */
static int read_config(struct opts *o, const char *path, int must_exist)
{
    FILE *f = fopen(path, "re");
    if (!f) {
        if (!must_exist && errno == ENOENT)
            return 0;
        fprintf(stderr, "weft check: %s: %s\n", path, strerror(errno));
        return -errno;
    }
    char line[1024];
    int ln = 0, rc = 0;
    while (!rc && fgets(line, sizeof(line), f)) {
        ln++;
        char *s = line, *e;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s == '#' || *s == '\n' || !*s)
            continue;
        e = s + strlen(s);
        while (e > s && strchr(" \t\r\n", e[-1]))
            *--e = '\0';
        char *v = s + strcspn(s, " \t=");
        if (*v)
            *v++ = '\0';
        while (*v == ' ' || *v == '\t' || *v == '=')
            v++;
        if (!strcmp(s, "lock-fn"))
            rc = add_lock_fn(o, v);
        else if (!strcmp(s, "atomic-fn") && *v)
            rc = add_atomic_fn(o, v);
        else
            rc = -EINVAL;
        if (rc)
            fprintf(stderr, "weft check: %s:%d: expected 'lock-fn ACQUIRE:RELEASE' or 'atomic-fn GLOB'\n", path, ln);
    }
    fclose(f);
    return rc;
}

/* Fingerprints in a previous JSON report: every "id": "..." value. */
static char **load_baseline(const char *path, size_t *n)
{
    FILE *f = fopen(path, "re");
    *n = 0;
    if (!f)
        return NULL;
    char **ids = NULL;
    size_t cap = 0;
    char line[4096];
    while (fgets(line, sizeof(line), f)) {
        char *p = strstr(line, "\"id\"");
        if (!p)
            continue;
        p = strchr(p + 4, '"');
        char *q = p ? strchr(p + 1, '"') : NULL;
        if (!q)
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(ids, cap * sizeof(*nn));
            if (!nn)
                break;
            ids = nn;
        }
        ids[(*n)++] = strndup(p + 1, (size_t)(q - p - 1));
    }
    fclose(f);
    if (!ids)
        ids = calloc(1, sizeof(*ids));
    return ids;
}

enum { OPT_FORMAT = 256, OPT_BASELINE, OPT_CONFIG, OPT_CACHE_DIR, OPT_LOCK_FN, OPT_ATOMIC_FN, OPT_NO_CACHE,
       OPT_STATS, OPT_NO_PROGRESS, OPT_FAIL_ON, OPT_TYPE_MATCHES };

static int on_option(void *ctx, int opt, char *arg)
{
    struct opts *o = ctx;
    switch (opt) {
    case 'h':
        usage(stdout);
        return WEFT_EXIT_OK;
    case 'p': o->p = arg; break;
    case OPT_FORMAT: o->format = arg; break;
    case 'o': o->out = arg; break;
    case OPT_BASELINE: o->baseline = arg; break;
    case OPT_CONFIG: o->config = arg; break;
    case OPT_CACHE_DIR: o->cache_dir = arg; break;
    case OPT_NO_CACHE: o->no_cache = 1; break;
    case OPT_STATS: o->stats = 1; break;
    case OPT_NO_PROGRESS: o->progress = 0; break;
    case OPT_TYPE_MATCHES: o->type_matches = 1; break;
    case OPT_FAIL_ON:
        if (strcmp(arg, "definite") && strcmp(arg, "possible")) {
            fprintf(stderr, "weft check: --fail-on must be definite or possible, not '%s'\n", arg);
            return WEFT_EXIT_ERROR;
        }
        o->fail_possible = !strcmp(arg, "possible");
        break;
    case OPT_LOCK_FN: {
        int rc = add_lock_fn(o, arg);
        if (rc == -EINVAL)
            fprintf(stderr, "weft check: --lock-fn wants ACQUIRE:RELEASE, got '%s'\n", arg);
        else if (rc)
            fprintf(stderr, "weft check: %s\n", weft_strerror(rc));
        if (rc)
            return WEFT_EXIT_ERROR;
        break;
    }
    case OPT_ATOMIC_FN:
        if (add_atomic_fn(o, arg)) {
            fprintf(stderr, "weft check: %s\n", strerror(ENOMEM));
            return WEFT_EXIT_ERROR;
        }
        break;
    case 'j':
        o->jobs = atoi(arg);
        if (o->jobs <= 0) {
            fprintf(stderr, "weft check: -j wants a positive number, got '%s'\n", arg);
            return WEFT_EXIT_ERROR;
        }
        break;
    }
    return WEFT_CLI_NEXT;
}

/* FILE operands; after "--", the compiler flags, which are the rest of the line. */
static int on_operand(void *ctx, char **argv, int i, int dashdash)
{
    struct opts *o = ctx;
    if (dashdash) {
        o->flags = (const char **)argv + i;
        while (argv[i + o->nflags])
            o->nflags++;
        return WEFT_CLI_STOP;
    }
    const char **files = realloc(o->files, (o->nfiles + 1) * sizeof(*files));
    if (!files) {
        fprintf(stderr, "weft check: %s\n", strerror(ENOMEM));
        return WEFT_EXIT_ERROR;
    }
    o->files = files;
    o->files[o->nfiles++] = argv[i];
    return WEFT_CLI_NEXT;
}

/* Returns WEFT_CLI_NEXT to check, else the exit code (help printed, or a usage error). */
static int parse_args(struct opts *o, int argc, char **argv)
{
    static const struct option longs[] = {{"format", required_argument, NULL, OPT_FORMAT},
                                          {"baseline", required_argument, NULL, OPT_BASELINE},
                                          {"config", required_argument, NULL, OPT_CONFIG},
                                          {"cache-dir", required_argument, NULL, OPT_CACHE_DIR},
                                          {"lock-fn", required_argument, NULL, OPT_LOCK_FN},
                                          {"atomic-fn", required_argument, NULL, OPT_ATOMIC_FN},
                                          {"no-cache", no_argument, NULL, OPT_NO_CACHE},
                                          {"stats", no_argument, NULL, OPT_STATS},
                                          {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
                                          {"fail-on", required_argument, NULL, OPT_FAIL_ON},
                                          {"type-matches", no_argument, NULL, OPT_TYPE_MATCHES},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    static const struct weft_cli_parser parser = {"check", "p:o:j:h", longs, on_option, on_operand};
    int r = weft_cli_parse(&parser, argc, argv, o);
    if (r != WEFT_CLI_NEXT)
        return r;
    if (strcmp(o->format, "text") && strcmp(o->format, "json") && strcmp(o->format, "sarif")) {
        fprintf(stderr, "weft check: --format must be text, json or sarif, not '%s'\n", o->format);
        return WEFT_EXIT_ERROR;
    }
    if (!o->p && !o->nfiles) {
        fputs("weft check: give -p BUILD_DIR or source files (see 'weft check --help')\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    if (o->p && o->nfiles) {
        fputs("weft check: give either -p or source files, not both\n", stderr);
        return WEFT_EXIT_ERROR;
    }
    return WEFT_CLI_NEXT;
}

static void opts_free(struct opts *o)
{
    for (size_t i = 0; i < o->nowned; i++)
        free(o->owned[i]);
    free(o->owned);
    free(o->files);
    free(o->cfg.lock_fns);
    free(o->cfg.atomic_fns);
}

static int write_report(const struct opts *o, const struct weft_check_result *r, const char *base)
{
    /* weft_out writes beside the target and renames, so a failed run leaves no half report. */
    struct weft_out out;
    char err[PATH_MAX + 64];
    int rc = weft_out_open(&out, o->out ? o->out : "-", err, sizeof(err));
    if (rc) {
        fprintf(stderr, "weft check: %s\n", err);
        return rc;
    }
    if (!strcmp(o->format, "json"))
        rc = weft_check_write_json(out.f, r, base);
    else if (!strcmp(o->format, "sarif"))
        rc = weft_check_write_sarif(out.f, r, base, WEFT_VERSION);
    else
        rc = weft_check_write_text(out.f, r, base);
    if (rc) {
        weft_out_abort(&out);
        fprintf(stderr, "weft check: %s: %s\n", o->out ? o->out : "standard output", weft_strerror(rc));
        return rc;
    }
    if ((rc = weft_out_commit(&out, err, sizeof(err))))
        fprintf(stderr, "weft check: %s\n", err);
    return rc;
}

/*
 * The cache directory: --cache-dir, else beside the compilation database, else the user's
 * cache.  Returns 0 with BUF filled, 1 when there is none (no HOME), -ENAMETOOLONG.
 */
static int cache_path(const struct opts *o, char *buf, size_t cap)
{
    int n;
    if (o->cache_dir) {
        n = snprintf(buf, cap, "%s", o->cache_dir);
    } else if (o->p) {
        /* -p names the directory or the file in it: the cache goes in the directory. */
        static const char db[] = "compile_commands.json";
        size_t l = strlen(o->p), k = sizeof(db) - 1;
        if (l >= k && !strcmp(o->p + l - k, db) && (l == k || o->p[l - k - 1] == '/'))
            l -= k;
        while (l > 1 && o->p[l - 1] == '/')
            l--;
        n = l ? snprintf(buf, cap, "%.*s/.weft-cache", (int)l, o->p) : snprintf(buf, cap, "./.weft-cache");
    } else if (getenv("XDG_CACHE_HOME") && *getenv("XDG_CACHE_HOME")) {
        n = snprintf(buf, cap, "%s/weft", getenv("XDG_CACHE_HOME"));
    } else if (getenv("HOME")) {
        n = snprintf(buf, cap, "%s/.cache/weft", getenv("HOME"));
    } else {
        return 1;
    }
    return n < 0 || (size_t)n >= cap ? -ENAMETOOLONG : 0;
}

int weft_cmd_check(int argc, char **argv)
{
    struct opts o;
    memset(&o, 0, sizeof(o));
    o.format = "text";
    o.progress = 1;
    int exit_code = WEFT_EXIT_ERROR;
    struct weft_check_tu *tus = NULL;
    size_t ntus = 0;
    struct weft_check_result *r = NULL;
    char cache[PATH_MAX], base[PATH_MAX];

    int rc = parse_args(&o, argc, argv);
    if (rc != WEFT_CLI_NEXT) {
        opts_free(&o);
        return rc;
    }
    if (!getcwd(base, sizeof(base)))
        base[0] = '\0';
    if (read_config(&o, o.config ? o.config : ".weft-check", o.config != NULL))
        goto out;

    {
        char err[512] = "";
        if (weft_check_load_libclang(err, sizeof(err))) {
            fprintf(stderr, "weft check: cannot load libclang (install libclang1-14): %s\n", err);
            goto out;
        }
    }
    if (o.p) {
        char err[512] = "";
        struct weft_check_compdb_skips skips;
        int n = weft_check_load_compdb(o.p, &tus, &skips, err, sizeof(err));
        if (n < 0) {
            fprintf(stderr, "weft check: %s: %s\n", o.p, err);
            goto out;
        }
        if (skips.not_c)
            fprintf(stderr, "weft check: note: %zu entr%s of compile_commands.json %s not C and left out (%s%s)\n",
                    skips.not_c, skips.not_c == 1 ? "y" : "ies", skips.not_c == 1 ? "is" : "are", skips.first_not_c,
                    skips.not_c > 1 ? ", ..." : "");
        if (skips.duplicates)
            fprintf(stderr, "weft check: note: %zu command%s of compile_commands.json listed twice, checked once\n",
                    skips.duplicates, skips.duplicates == 1 ? "" : "s");
        ntus = (size_t)n;
        if (!ntus) {
            fprintf(stderr, "weft check: %s: compile_commands.json lists no translation unit\n", o.p);
            goto out;
        }
    } else {
        tus = calloc(o.nfiles, sizeof(*tus));
        if (!tus)
            goto out;
        for (size_t i = 0; i < o.nfiles; i++) {
            if (access(o.files[i], R_OK)) {
                fprintf(stderr, "weft check: %s: %s\n", o.files[i], strerror(errno));
                free(tus);
                tus = NULL;
                goto out;
            }
            tus[i].file = o.files[i];
            tus[i].argv = o.flags;
            tus[i].argc = o.nflags;
        }
        ntus = o.nfiles;
    }

    if ((rc = cache_path(&o, cache, sizeof(cache))) < 0) {
        fprintf(stderr, "weft check: the cache directory's path is too long (use --cache-dir or --no-cache)\n");
        goto out;
    }
    if (rc > 0)
        o.no_cache = 1;

    struct weft_check_options opt = {
        .config = &o.cfg, .jobs = o.jobs, .cache_dir = o.no_cache ? NULL : cache, .progress = o.progress};
    rc = weft_check_run(tus, ntus, &opt, &r);
    if (rc) {
        fprintf(stderr, "weft check: %s\n", weft_strerror(rc));
        goto out;
    }
    for (size_t i = 0; i < r->ndiagnostics; i++)
        fprintf(stderr, "%s\n", r->diagnostics[i]);
    for (size_t i = 0; i < r->nunused_lock_fns; i++)
        fprintf(stderr,
                "weft check: warning: --lock-fn names '%s', which no analyzed code calls or defines (a macro? name "
                "the functions it expands to)\n",
                r->unused_lock_fns[i]);

    if (!o.type_matches)
        weft_check_hide_type_matches(r);
    if (o.baseline) {
        size_t nb;
        char **ids = load_baseline(o.baseline, &nb);
        if (!ids) {
            fprintf(stderr, "weft check: --baseline %s: %s\n", o.baseline, strerror(errno));
            goto out;
        }
        size_t k = 0;
        for (size_t i = 0; i < r->nfindings; i++) {
            int known = 0;
            for (size_t b = 0; b < nb && !known; b++)
                known = ids[b] && !strcmp(ids[b], r->findings[i].id);
            if (!known)
                r->findings[k++] = r->findings[i];
        }
        r->nfindings = k;
        for (size_t b = 0; b < nb; b++)
            free(ids[b]);
        free(ids);
    }
    if (o.stats)
        fprintf(stderr, "weft check: stats: %zu translation units, %zu parsed, %zu from cache, %zu errors, %.3f s\n",
                r->tus, r->parsed, r->cached, r->errors, r->seconds);
    if (write_report(&o, r, base[0] ? base : NULL))
        goto out;
    enum weft_check_verdict v = weft_check_verdict(r);
    /* A TU that does not parse leaves only itself out: the run is incomplete (3), not an error. */
    exit_code = v == WEFT_CHECK_RACE || (v == WEFT_CHECK_POSSIBLE && o.fail_possible) ? WEFT_EXIT_FINDINGS
                : v == WEFT_CHECK_RACE_FREE                              ? WEFT_EXIT_OK
                                                                         : WEFT_EXIT_UNPROVED;
out:
    weft_check_result_free(r);
    if (o.p)
        weft_check_tus_free(tus, ntus);
    else
        free(tus);
    opts_free(&o);
    return exit_code;
}
