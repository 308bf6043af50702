/* Compiler-style diagnostics for weft check: one warning per race, a note per conflicting access, a summary. */
#include "check_report.h"

#include <errno.h>
#include <string.h>

const char *weft_check_relpath(const char *path, const char *base)
{
    size_t n = base ? strlen(base) : 0;
    if (n && !strncmp(path, base, n) && path[n] == '/')
        return path + n + 1;
    return path;
}

static void locks(FILE *f, const struct weft_check_access *a)
{
    if (!a->nlocks) {
        fputs("no lock held", f);
        return;
    }
    fputs("holding ", f);
    for (size_t i = 0; i < a->nlocks; i++)
        fprintf(f, "%s'%s'", i ? ", " : "", a->locks[i]);
}

void weft_check_path_words(char *buf, size_t len, const struct weft_check_access *a, const char *base)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < a->npath && n < len; i++) {
        int w = snprintf(buf + n, len - n, "%s%s() at %s:%u", i ? " -> " : " via ", a->path[i].function,
                         weft_check_relpath(a->path[i].file, base), a->path[i].line);
        if (w < 0)
            break;
        n += (size_t)w;
    }
}

/* Notes shown per finding before "and N more". */
#define MAX_NOTES 10

void weft_check_hidden_line(char *buf, size_t len, size_t n)
{
    snprintf(buf, len,
             "%zu possible race%s matched by type only (memory, or the code a function pointer runs) not shown "
             "(--type-matches shows %s): not proved race-free",
             n, n == 1 ? "" : "s", n == 1 ? "it" : "them");
}

int weft_check_write_text(FILE *f, const struct weft_check_result *r, const char *base)
{
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct weft_check_finding *x = &r->findings[i];
        fprintf(f, "%s:%u:%u: warning: %s [%s]\n", weft_check_relpath(x->file, base), x->line, x->col, x->message,
                x->rule);
        if (!x->definite)
            fprintf(f, "%s:%u:%u: note: not certain: %s\n", weft_check_relpath(x->file, base), x->line, x->col,
                    x->reason);
        /* The racing pair comes first; a location accessed in many places shows a few more,
         * and says how many it leaves out (JSON lists more: WEFT_CHECK_LISTED_ACCESSES). */
        size_t shown = x->naccesses <= MAX_NOTES + 2 ? x->naccesses : MAX_NOTES;
        for (size_t k = 0; k < shown; k++) {
            const struct weft_check_access *a = &x->accesses[k];
            char via[1024];
            weft_check_path_words(via, sizeof(via), a, base);
            fprintf(f, "%s:%u:%u: note: %s%s of '%s' in thread '%s'%s, ", weft_check_relpath(a->file, base), a->line,
                    a->col, a->atomic ? "atomic " : "", a->kind, a->text, a->thread, via);
            locks(f, a);
            fputc('\n', f);
        }
        if (shown < x->naccesses && x->naccesses <= WEFT_CHECK_LISTED_ACCESSES)
            fprintf(f, "%s:%u:%u: note: and %zu more accesses (--format json lists them all)\n",
                    weft_check_relpath(x->file, base), x->line, x->col, x->naccesses - shown);
        else if (shown < x->naccesses)
            fprintf(f, "%s:%u:%u: note: and %zu more accesses (--format json lists the first %d)\n",
                    weft_check_relpath(x->file, base), x->line, x->col, x->naccesses - shown, WEFT_CHECK_LISTED_ACCESSES);
    }
    size_t definite = 0;
    for (size_t i = 0; i < r->nfindings; i++)
        definite += r->findings[i].definite != 0;
    /* (none shown but some matched by type: "shown", not "found", so that the line read alone
     * does not look like a proof) */
    fprintf(f, "weft check: %zu race%s %s", r->nfindings, r->nfindings == 1 ? "" : "s",
            !r->nfindings && r->hidden_by_type ? "shown" : "found");
    if (r->nfindings)
        fprintf(f, " (%zu definite, %zu possible)", definite, r->nfindings - definite);
    fprintf(f, " in %zu translation unit%s", r->tus, r->tus == 1 ? "" : "s");
    if (r->errors)
        fprintf(f, ", %zu did not parse", r->errors);
    fprintf(f, " (analysis %s)%s\n", r->complete ? "complete" : "incomplete",
            !r->nfindings && r->hidden_by_type ? ", not proved race-free" : "");
    for (size_t i = 0; i < r->nincomplete; i++)
        fprintf(f, "weft check: incomplete: %s\n", r->incomplete[i]);
    if (r->hidden_by_type) {
        char m[200];
        weft_check_hidden_line(m, sizeof(m), r->hidden_by_type);
        fprintf(f, "weft check: %s\n", m);
    }
    return ferror(f) ? -EIO : 0;
}
