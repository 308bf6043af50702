/* Text serialization of per-TU facts, so the cache can hand them back without parsing the TU again. */
#include "facts.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void weft__facts_free(struct weft__facts *f)
{
    free(f->fns);
    free(f->binds);
    free(f->deps);
    free(f->errors);
    weft__arena_free(&f->arena);
    memset(f, 0, sizeof(*f));
}

/* Fields are tab-separated; tabs, newlines and backslashes inside them are escaped. */
void weft__field_put(FILE *o, const char *s)
{
    fputc('\t', o);
    /* Runs without a character to escape go out in one write: a character at a time was
     * most of the time spent storing a large result. */
    for (s = s ? s : "";;) {
        size_t n = strcspn(s, "\t\n\\");
        fwrite(s, 1, n, o);
        s += n;
        if (!*s)
            break;
        fputs(*s == '\t' ? "\\t" : *s == '\n' ? "\\n" : "\\\\", o);
        s++;
    }
}

int weft__facts_write(const struct weft__facts *f, FILE *o)
{
    fputc('S', o);
    weft__field_put(o, f->source);
    fputc('\n', o);
    for (size_t i = 0; i < f->ndeps; i++) {
        fputc('D', o);
        weft__field_put(o, f->deps[i]);
        fputc('\n', o);
    }
    for (size_t i = 0; i < f->nerrors; i++) {
        fputc('X', o);
        weft__field_put(o, f->errors[i]);
        fputc('\n', o);
    }
    for (size_t i = 0; i < f->nbinds; i++) {
        fputc('G', o);
        weft__field_put(o, f->binds[i].slot);
        weft__field_put(o, f->binds[i].usr);
        fputc('\n', o);
    }
    for (size_t i = 0; i < f->nfns; i++) {
        const struct weft__fn *fn = &f->fns[i];
        fprintf(o, "F\t%u", fn->line);
        weft__field_put(o, fn->usr);
        weft__field_put(o, fn->name);
        weft__field_put(o, fn->file);
        fputc('\n', o);
        const char *last = NULL;
        for (size_t j = 0; j < fn->nops; j++) {
            const struct weft__op *op = &fn->ops[j];
            fprintf(o, "O\t%c%c%c%c\t%u\t%u", op->kind, op->mode ? op->mode : '-', op->atomic ? '1' : '0',
                    '0' + (op->flag & 3), op->line, op->col);
            /* The file repeats from op to op: "=" says "same as before". */
            if (last && op->file && !strcmp(last, op->file))
                weft__field_put(o, "=");
            else
                weft__field_put(o, op->file);
            if (op->file && *op->file)
                last = op->file;
            weft__field_put(o, op->a);
            weft__field_put(o, op->b);
            weft__field_put(o, op->c);
            weft__field_put(o, op->d ? op->d : "");
            fputc('\n', o);
        }
    }
    fputs("Z\n", o);
    return ferror(o) ? -EIO : 0;
}

/* Splits a line in place into at most max unescaped fields; returns how many. */
int weft__field_split(char *line, char **fields, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        fields[n++] = p;
        char *w = p;
        while (*p && *p != '\t') {
            if (*p == '\\' && p[1]) {
                p++;
                *w++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p;
                p++;
            } else {
                *w++ = *p++;
            }
        }
        int more = *p == '\t';
        *w = '\0';
        if (!more)
            break;
        p++;
    }
    return n;
}

int weft__facts_read(struct weft__facts *f, FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = -EINVAL;
    struct weft__fn *fn = NULL;
    struct weft__op *ops = NULL;
    size_t nops = 0, capops = 0;
    const char *last = "";
    struct weft__arena *A = &f->arena;

#define DUP(s) weft__arena_strdup(A, (s))
    while ((len = getline(&line, &cap, in)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        char *fl[9];
        int n = weft__field_split(line, fl, 9);
        char k = fl[0][0];
        if (k == 'O' && fn && n == 9 && strlen(fl[1]) == 4) {
            struct weft__op *op = WEFT__PUSH(ops, nops, capops);
            if (!op)
                goto out;
            op->kind = fl[1][0];
            op->mode = fl[1][1] == '-' ? 0 : fl[1][1];
            op->atomic = fl[1][2] == '1';
            op->flag = (char)((fl[1][3] - '0') & 3);
            op->line = (unsigned)strtoul(fl[2], NULL, 10);
            op->col = (unsigned)strtoul(fl[3], NULL, 10);
            /* "=" repeats the last non-empty file (markers carry none). */
            if (strcmp(fl[4], "=")) {
                op->file = DUP(fl[4]);
                if (op->file && *op->file)
                    last = op->file;
            } else {
                op->file = last;
            }
            op->a = DUP(fl[5]);
            op->b = DUP(fl[6]);
            op->c = DUP(fl[7]);
            op->d = DUP(fl[8]);
            if (!op->file || !op->a || !op->b || !op->c || !op->d)
                goto nomem;
            continue;
        }
        if (fn) {
            fn->ops = weft__arena_alloc(A, nops * sizeof(*ops) + 1);
            if (!fn->ops)
                goto nomem;
            if (nops)
                memcpy(fn->ops, ops, nops * sizeof(*ops));
            fn->nops = nops;
            nops = 0;
            fn = NULL;
        }
        if (k == 'Z') {
            rc = 0;
            break;
        } else if (k == 'S' && n == 2) {
            f->source = DUP(fl[1]);
        } else if (k == 'D' && n == 2) {
            const char **d = WEFT__PUSH(f->deps, f->ndeps, f->capdeps);
            if (!d || !(*d = DUP(fl[1])))
                goto nomem;
        } else if (k == 'X' && n == 2) {
            char **d = WEFT__PUSH(f->errors, f->nerrors, f->caperrors);
            if (!d || !(*d = DUP(fl[1])))
                goto nomem;
        } else if (k == 'G' && n == 3) {
            struct weft__bind *b = WEFT__PUSH(f->binds, f->nbinds, f->capbinds);
            if (!b || !(b->slot = DUP(fl[1])) || !(b->usr = DUP(fl[2])))
                goto nomem;
        } else if (k == 'F' && n == 5) {
            fn = WEFT__PUSH(f->fns, f->nfns, f->capfns);
            if (!fn)
                goto nomem;
            memset(fn, 0, sizeof(*fn));
            fn->line = (unsigned)strtoul(fl[1], NULL, 10);
            fn->usr = DUP(fl[2]);
            fn->name = DUP(fl[3]);
            fn->file = DUP(fl[4]);
            if (!fn->usr || !fn->name || !fn->file)
                goto nomem;
        } else {
            goto out;
        }
    }
#undef DUP
    goto out;
nomem:
    rc = -ENOMEM;
out:
    free(line);
    free(ops);
    return rc;
}
