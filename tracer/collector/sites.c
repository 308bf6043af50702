/* Call sites: address -> module + offset from the process's maps snapshot, then symbol/file/line via addr2line. */
#define _GNU_SOURCE /* pipe2 */
#include "elfsym.h"
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void weft__maps_parse(struct weft__proc *p)
{
    if (!p->pf)
        return;
    uint64_t off = p->pf->maps_off, len = __atomic_load_n(&p->pf->maps_len, __ATOMIC_ACQUIRE);
    if (!off || !len || off > p->pf_size || len > p->pf_size - off || len == p->maps_len_seen)
        return;
    /* Sites already stored keep their module; later lookups see libraries loaded since. */
    free(p->maps_text);
    free(p->maps);
    p->maps = NULL;
    p->nmaps = 0;
    p->maps_len_seen = len;
    p->maps_text = malloc(len + 1);
    if (!p->maps_text)
        return;
    memcpy(p->maps_text, (const char *)p->pf + off, len);
    p->maps_text[len] = '\0';
    size_t cap = 64;
    p->maps = malloc(cap * sizeof(*p->maps));
    if (!p->maps)
        return;
    for (char *line = p->maps_text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        unsigned long long lo, hi, fo;
        int used = 0;
        if (sscanf(line, "%llx-%llx %*s %llx %*s %*s %n", &lo, &hi, &fo, &used) == 3 && used) {
            if (p->nmaps == cap) {
                cap *= 2;
                struct weft__mapping *n = realloc(p->maps, cap * sizeof(*n));
                if (!n)
                    break;
                p->maps = n;
            }
            char *path = line + used;
            while (*path == ' ')
                path++;
            p->maps[p->nmaps++] = (struct weft__mapping){lo, hi, fo, *path ? path : NULL};
        }
        line = nl ? nl + 1 : NULL;
    }
}

/* Module and link-time address of ADDR in the maps parsed so far; returns the module path or NULL. */
static const char *locate_once(struct weft__proc *p, uint64_t addr, uint64_t *vaddr)
{
    for (size_t i = 0; i < p->nmaps; i++) {
        const struct weft__mapping *m = &p->maps[i];
        if (addr < m->lo || addr >= m->hi)
            continue;
        /* .bss past the end of the file lives in the anonymous mapping right after it. */
        if (!m->path && i > 0 && p->maps[i - 1].hi == m->lo && p->maps[i - 1].path)
            m = &p->maps[i - 1];
        if (!m->path)
            return NULL;
        uint64_t file_off = addr - m->lo + m->off;
        if (m->path[0] != '/' || weft__elf_vaddr(m->path, file_off, vaddr) < 0)
            *vaddr = file_off;
        /* The program itself by the name it was run as (it is the same file). */
        if (p->exe_run && p->exe_real && !strcmp(m->path, p->exe_real))
            return p->exe_run;
        return m->path;
    }
    return NULL;
}

/* As locate_once, re-reading the snapshot when the process rewrote it (dlopen, exit). */
static const char *locate(struct weft__proc *p, uint64_t addr, uint64_t *vaddr)
{
    const char *mod = p->maps ? locate_once(p, addr, vaddr) : NULL;
    if (!mod) {
        weft__maps_parse(p);
        mod = locate_once(p, addr, vaddr);
    }
    return mod;
}

char *weft__symbolize_data(struct weft__proc *p, uint64_t addr)
{
    uint64_t v;
    const char *mod = locate(p, addr, &v);
    return mod && mod[0] == '/' ? weft__elf_symbol(mod, v) : NULL;
}

int64_t weft__site_id(struct weft_collector *c, struct weft__proc *p, uint64_t addr)
{
    uint64_t id;
    if (weft__map_get(&p->sites, addr, &id))
        return (int64_t)id;
    uint64_t v = 0;
    const char *mod = locate(p, addr, &v);
    int64_t row;
    if (weft__row_site(c, p->id, addr, mod, mod ? (int64_t)v : WEFT__NULL, &row))
        return 0;
    weft__map_put(&p->sites, addr, (uint64_t)row);
    return row;
}

struct lookup {
    int64_t offset;
    char *symbol, *file;
    int line;
};

/* Runs one addr2line over every offset of MODULE (stdin from a temp file); fills L. */
static void run_addr2line(const char *tmpdir, const char *module, struct lookup *l, size_t n)
{
    char in[4096];
    snprintf(in, sizeof(in), "%s/addr2line.in", tmpdir);
    FILE *f = fopen(in, "w");
    if (!f)
        return;
    for (size_t i = 0; i < n; i++)
        /* A return address points after the call: look up the call itself. */
        fprintf(f, "0x%" PRIx64 "\n", (uint64_t)(l[i].offset > 0 ? l[i].offset - 1 : 0));
    if (fclose(f) != 0) {
        unlink(in);
        return;
    }
    int pfd[2];
    if (pipe2(pfd, O_CLOEXEC) < 0) {
        unlink(in);
        return;
    }
    pid_t pid = fork();
    if (pid == 0) {
        int fd = open(in, O_RDONLY);
        int nul = open("/dev/null", O_WRONLY);
        if (fd < 0 || dup2(fd, 0) < 0 || dup2(pfd[1], 1) < 0 || (nul >= 0 && dup2(nul, 2) < 0))
            _exit(127);
        execlp("addr2line", "addr2line", "-f", "-C", "-i", "-a", "-e", module, (char *)NULL);
        _exit(127);
    }
    close(pfd[1]);
    if (pid < 0) {
        close(pfd[0]);
        unlink(in);
        return;
    }
    FILE *out = fdopen(pfd[0], "r");
    char line[8192];
    size_t cur = (size_t)-1;
    int field = 2; /* 0: expect function, 1: expect file:line, 2: inlined frames (ignored) */
    while (out && fgets(line, sizeof(line), out)) {
        line[strcspn(line, "\n")] = '\0';
        /* With -a every answer starts with the address; a file:line never starts with 0x. */
        if (field != 1 && !strncmp(line, "0x", 2) && strspn(line + 2, "0123456789abcdef") == strlen(line + 2)) {
            cur++;
            field = 0;
            continue;
        }
        if (cur >= n)
            continue;
        if (field == 0) {
            if (strcmp(line, "??"))
                l[cur].symbol = strdup(line);
            field = 1;
        } else if (field == 1) {
            char *colon = strrchr(line, ':');
            if (colon && strncmp(line, "??", 2)) {
                int ln = atoi(colon + 1);
                *colon = '\0';
                l[cur].file = strdup(line);
                l[cur].line = ln;
            }
            field = 2;
        }
    }
    if (out)
        fclose(out);
    else
        close(pfd[0]);
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    unlink(in);
}

int weft__sites_resolve(struct weft_collector *c)
{
    if (c->err)
        return c->err;
    sqlite3_stmt *q = NULL;
    int rc = sqlite3_prepare_v2(c->db, "SELECT DISTINCT module, offset FROM sites WHERE module LIKE '/%' "
                                       "ORDER BY module, offset", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return weft__db_fail(c, rc);
    char *mod = NULL;
    struct lookup *l = NULL;
    size_t n = 0, cap = 0;
    for (int more = 1; more;) {
        rc = sqlite3_step(q);
        more = rc == SQLITE_ROW;
        const char *m = more ? (const char *)sqlite3_column_text(q, 0) : NULL;
        if (mod && (!more || strcmp(m, mod))) {
            /* One module done: resolve it and store. */
            run_addr2line(c->dir, mod, l, n);
            for (size_t i = 0; i < n; i++) {
                /*
                 * Without line information addr2line names the nearest symbol below the
                 * address, whatever its size: in a stripped binary an exported function
                 * far away (redis's write() was "trackingGetTotalPrefixes").  Only a
                 * symbol that contains the address names it (.symtab, else .dynsym);
                 * none leaves module+offset.
                 */
                if (!l[i].file) {
                    free(l[i].symbol);
                    l[i].symbol = NULL;
                }
                if (!l[i].symbol)
                    l[i].symbol = weft__elf_symbol(mod, (uint64_t)(l[i].offset > 0 ? l[i].offset - 1 : 0));
                if (l[i].symbol || l[i].file)
                    weft__row_site_symbol(c, mod, l[i].offset, l[i].symbol, l[i].file,
                                          l[i].file ? l[i].line : WEFT__NULL);
                free(l[i].symbol);
                free(l[i].file);
            }
            n = 0;
            free(mod);
            mod = NULL;
        }
        if (!more)
            break;
        if (!mod && !(mod = strdup(m)))
            break;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            struct lookup *nl = realloc(l, cap * sizeof(*nl));
            if (!nl)
                break;
            l = nl;
        }
        l[n++] = (struct lookup){sqlite3_column_int64(q, 1), NULL, NULL, 0};
    }
    for (size_t i = 0; i < n; i++) {
        free(l[i].symbol);
        free(l[i].file);
    }
    free(mod);
    free(l);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW && !c->err)
        weft__db_fail(c, rc);
    return c->err;
}
