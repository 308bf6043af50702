/* Caches the whole-program result, so a re-run where no TU changed neither loads facts nor analyzes. */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define RESULT_VERSION "weft-result 139"

static void result_path(char *buf, size_t n, const char *dir, uint64_t key)
{
    snprintf(buf, n, "%s/program-%016llx.result", dir, (unsigned long long)key);
}

/* Call paths are shared between notes (findings.c): each is written once, as a Q line with
 * its P lines, and notes name it by number (ids: path to its number). The number of path p
 * (1, 2, ...), *fresh set when it is new; 0 on ENOMEM. */
static size_t path_id(struct weft__ptrmap *ids, const struct weft_check_frame *p, int *fresh)
{
    void **v = weft__ptrmap_slot(ids, p);
    if (!v)
        return 0;
    *fresh = !*v;
    if (*fresh)
        *v = (void *)(uintptr_t)ids->n; /* (n counts this one already) */
    return (size_t)(uintptr_t)*v;
}

#define KEEP_RESULTS 4 /* results of other configurations kept beside the newest */

/* Removes all but the KEEP_RESULTS newest stored results but keep's: each is the size of
 * its findings (19 MB for redis), and every configuration tried left one behind. */
static void prune_results(const char *dir, const char *keep)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct old {
        char name[64];
        long long mtime;
    } olds[KEEP_RESULTS + 1];
    size_t n = 0;
    const struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (strncmp(e->d_name, "program-", 8) || len < 8 || len >= sizeof(olds[0].name) ||
            strcmp(e->d_name + len - 7, ".result") || !strcmp(e->d_name, keep))
            continue;
        char path[4200];
        struct stat st;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        if (stat(path, &st))
            continue;
        struct old o;
        snprintf(o.name, sizeof(o.name), "%s", e->d_name);
        o.mtime = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
        /* olds: the newest first; one more than kept means the oldest of them goes */
        size_t i = n < KEEP_RESULTS + 1 ? n++ : n;
        if (i == KEEP_RESULTS + 1) {
            if (o.mtime <= olds[KEEP_RESULTS].mtime) {
                unlink(path);
                continue;
            }
            snprintf(path, sizeof(path), "%s/%s", dir, olds[KEEP_RESULTS].name);
            unlink(path);
            i = KEEP_RESULTS;
        }
        for (; i > 0 && olds[i - 1].mtime < o.mtime; i--)
            olds[i] = olds[i - 1];
        olds[i] = o;
    }
    closedir(d);
    if (n == KEEP_RESULTS + 1) {
        char path[4200];
        snprintf(path, sizeof(path), "%s/%s", dir, olds[KEEP_RESULTS].name);
        unlink(path);
    }
}

int weft__result_store(const char *dir, uint64_t key, const struct weft_check_result *r)
{
    char path[4200], tmp[4300];
    result_path(path, sizeof(path), dir, key);
    snprintf(tmp, sizeof(tmp), "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "we");
    if (!f)
        return -errno;
    struct weft__ptrmap ids = {0};
    int rc = 0;
    fprintf(f, "%sR\t%d\n", weft__cache_version(RESULT_VERSION), r->complete);
    for (size_t i = 0; i < r->nincomplete; i++) {
        fputc('I', f);
        weft__field_put(f, r->incomplete[i]);
        fputc('\n', f);
    }
    for (size_t i = 0; i < r->ndiagnostics; i++) { /* notes on how the programs were built */
        fputc('D', f);
        weft__field_put(f, r->diagnostics[i]);
        fputc('\n', f);
    }
    for (size_t i = 0; i < r->nunused_lock_fns; i++) {
        fputc('L', f);
        weft__field_put(f, r->unused_lock_fns[i]);
        fputc('\n', f);
    }
    for (size_t i = 0; i < r->nfindings && !rc; i++) {
        const struct weft_check_finding *x = &r->findings[i];
        fprintf(f, "F\t%u\t%u\t%d\t%zu\t%d", x->line, x->col, x->definite, x->npair, x->by_type);
        weft__field_put(f, x->rule);
        weft__field_put(f, x->id);
        weft__field_put(f, x->variable);
        weft__field_put(f, x->file);
        weft__field_put(f, x->message);
        weft__field_put(f, x->reason);
        fputc('\n', f);
        for (size_t k = 0; k < x->naccesses; k++) {
            const struct weft_check_access *a = &x->accesses[k];
            size_t pid = 0;
            int fresh = 0;
            if (a->npath && !(pid = path_id(&ids, a->path, &fresh))) {
                rc = -ENOMEM;
                break;
            }
            if (fresh) { /* the path, a line per call, before its first note */
                fprintf(f, "Q\t%zu\n", pid);
                for (size_t c = 0; c < a->npath; c++) {
                    fprintf(f, "P\t%u", a->path[c].line);
                    weft__field_put(f, a->path[c].function);
                    weft__field_put(f, a->path[c].file);
                    fputc('\n', f);
                }
            }
            fprintf(f, "A\t%u\t%u\t%d\t%zu", a->line, a->col, a->atomic, pid);
            weft__field_put(f, a->file);
            weft__field_put(f, a->kind);
            weft__field_put(f, a->thread);
            weft__field_put(f, a->text);
            for (size_t l = 0; l < a->nlocks; l++)
                weft__field_put(f, a->locks[l]);
            fputc('\n', f);
        }
    }
    weft__ptrmap_free(&ids);
    fputs("Z\n", f);
    if (!rc && ferror(f))
        rc = -EIO;
    if (fclose(f) && !rc)
        rc = -EIO;
    if (!rc && rename(tmp, path))
        rc = -errno;
    if (rc)
        unlink(tmp);
    else
        prune_results(dir, strrchr(path, '/') + 1);
    return rc;
}

/* Appends one element to an arena-backed array by copying it into a larger block. */
static void *arena_append(struct weft__arena *A, void *arr, size_t n, size_t elsz, size_t *cap)
{
    if (n < *cap)
        return arr;
    size_t nc = *cap ? *cap * 2 : 8;
    void *d = weft__arena_alloc(A, nc * elsz);
    if (!d)
        return NULL;
    if (n)
        memcpy(d, arr, n * elsz);
    *cap = nc;
    return d;
}

int weft__result_load(const char *dir, uint64_t key, struct weft__arena *A, struct weft_check_result *r)
{
    char path[4200];
    result_path(path, sizeof(path), dir, key);
    FILE *f = fopen(path, "re");
    if (!f)
        return -ENOENT;
    char *line = NULL;
    size_t cap = 0, capi = 0, capf = 0, capa = 0, capl = 0, capu = 0, capp = 0;
    ssize_t len;
    int rc = -ENOENT, ok = 0;
    struct weft_check_finding *x = NULL;
    struct weft_check_access *paths = NULL; /* by number - 1: only path and npath used */
    size_t npaths = 0, cappaths = 0;
    if ((len = getline(&line, &cap, f)) <= 0 || strcmp(line, weft__cache_version(RESULT_VERSION)))
        goto out;
#define DUP(s) weft__arena_strdup(A, (s))
    while ((len = getline(&line, &cap, f)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        char *fl[64];
        int n = weft__field_split(line, fl, 64);
        if (fl[0][0] == 'Z' && !fl[0][1]) {
            ok = 1;
            break;
        } else if (!strcmp(fl[0], "R") && n == 2) {
            r->complete = atoi(fl[1]);
        } else if (!strcmp(fl[0], "I") && n == 2) {
            r->incomplete = arena_append(A, r->incomplete, r->nincomplete, sizeof(*r->incomplete), &capi);
            if (!r->incomplete || !(r->incomplete[r->nincomplete++] = DUP(fl[1])))
                goto nomem;
        } else if (!strcmp(fl[0], "D") && n == 2) {
            const char **d = realloc(r->diagnostics, (r->ndiagnostics + 1) * sizeof(*d));
            if (!d)
                goto nomem;
            r->diagnostics = d;
            if (!(d[r->ndiagnostics++] = DUP(fl[1])))
                goto nomem;
        } else if (!strcmp(fl[0], "L") && n == 2) {
            r->unused_lock_fns = arena_append(A, r->unused_lock_fns, r->nunused_lock_fns,
                                              sizeof(*r->unused_lock_fns), &capu);
            if (!r->unused_lock_fns || !(r->unused_lock_fns[r->nunused_lock_fns++] = DUP(fl[1])))
                goto nomem;
        } else if (!strcmp(fl[0], "F") && n == 12) {
            r->findings = arena_append(A, r->findings, r->nfindings, sizeof(*r->findings), &capf);
            if (!r->findings)
                goto nomem;
            x = &r->findings[r->nfindings++];
            memset(x, 0, sizeof(*x));
            capa = 0;
            x->line = (unsigned)strtoul(fl[1], NULL, 10);
            x->col = (unsigned)strtoul(fl[2], NULL, 10);
            x->definite = atoi(fl[3]);
            x->npair = (size_t)strtoul(fl[4], NULL, 10);
            x->by_type = atoi(fl[5]);
            if (!(x->rule = DUP(fl[6])) || !(x->id = DUP(fl[7])) || !(x->variable = DUP(fl[8])) ||
                !(x->file = DUP(fl[9])) || !(x->message = DUP(fl[10])) || !(x->reason = DUP(fl[11])))
                goto nomem;
        } else if (!strcmp(fl[0], "Q") && n == 2) {
            /* a call path some notes below share: its P lines follow */
            size_t pid = (size_t)strtoul(fl[1], NULL, 10);
            if (pid != npaths + 1)
                goto out;
            paths = arena_append(A, paths, npaths, sizeof(*paths), &cappaths);
            if (!paths)
                goto nomem;
            paths[npaths++] = (struct weft_check_access){0};
            capp = 0;
        } else if (!strcmp(fl[0], "A") && n >= 9 && x) {
            x->accesses = arena_append(A, x->accesses, x->naccesses, sizeof(*x->accesses), &capa);
            if (!x->accesses)
                goto nomem;
            struct weft_check_access *a = &x->accesses[x->naccesses++];
            memset(a, 0, sizeof(*a));
            a->line = (unsigned)strtoul(fl[1], NULL, 10);
            a->col = (unsigned)strtoul(fl[2], NULL, 10);
            a->atomic = atoi(fl[3]);
            size_t pid = (size_t)strtoul(fl[4], NULL, 10);
            if (pid > npaths)
                goto out;
            if (pid) {
                a->path = paths[pid - 1].path;
                a->npath = paths[pid - 1].npath;
            }
            if (!(a->file = DUP(fl[5])) || !(a->kind = DUP(fl[6])) || !(a->thread = DUP(fl[7])) ||
                !(a->text = DUP(fl[8])))
                goto nomem;
            capl = (size_t)(n - 9);
            a->locks = weft__arena_alloc(A, (capl + 1) * sizeof(*a->locks));
            if (!a->locks)
                goto nomem;
            for (int l = 9; l < n; l++)
                if (!(a->locks[a->nlocks++] = DUP(fl[l])))
                    goto nomem;
        } else if (!strcmp(fl[0], "P") && n == 4 && npaths) {
            struct weft_check_access *a = &paths[npaths - 1]; /* the path being read */
            struct weft_check_frame *fr = arena_append(A, (void *)a->path, a->npath, sizeof(*fr), &capp);
            if (!fr)
                goto nomem;
            a->path = fr;
            fr[a->npath].line = (unsigned)strtoul(fl[1], NULL, 10);
            if (!(fr[a->npath].function = DUP(fl[2])) || !(fr[a->npath].file = DUP(fl[3])))
                goto nomem;
            a->npath++;
        } else {
            goto out;
        }
    }
#undef DUP
    rc = ok ? 0 : -ENOENT;
    goto out;
nomem:
    rc = -ENOMEM;
out:
    free(line);
    fclose(f);
    if (rc) {
        r->nfindings = r->nincomplete = r->nunused_lock_fns = 0;
        r->findings = NULL;
        r->incomplete = NULL;
        r->unused_lock_fns = NULL;
        free(r->diagnostics);
        r->diagnostics = NULL;
        r->ndiagnostics = 0;
    }
    return rc;
}
