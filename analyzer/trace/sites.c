/* Readable names for call sites and locks: file:line (function), else module+offset, else the address. */
#include "analysis_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Returns a malloc'd name for the site (NULL only on ENOMEM); "?" when site_id is 0/NULL. */
char *weft__an_site_name(struct weft__an_ctx *c, int64_t site_id)
{
    if (site_id == WEFT_AN_NULL || site_id <= 0)
        return strdup("?");
    if (!c->site_st &&
        sqlite3_prepare_v2(c->db,
                           "SELECT addr, module, offset, symbol, file, line FROM sites WHERE id = ?1",
                           -1, &c->site_st, NULL) != SQLITE_OK)
        return weft__an_asprintf("site %lld", (long long)site_id);
    sqlite3_reset(c->site_st);
    sqlite3_bind_int64(c->site_st, 1, site_id);
    if (sqlite3_step(c->site_st) != SQLITE_ROW)
        return weft__an_asprintf("site %lld", (long long)site_id);
    int64_t addr = sqlite3_column_int64(c->site_st, 0);
    const char *module = (const char *)sqlite3_column_text(c->site_st, 1);
    int64_t off = weft__an_col_int(c->site_st, 2);
    const char *sym = (const char *)sqlite3_column_text(c->site_st, 3);
    const char *file = (const char *)sqlite3_column_text(c->site_st, 4);
    int64_t line = weft__an_col_int(c->site_st, 5);
    if (sym && !*sym)
        sym = NULL;
    if (file && *file && line != WEFT_AN_NULL && line > 0)
        return sym ? weft__an_asprintf("%s:%lld (%s)", base(file), (long long)line, sym)
                   : weft__an_asprintf("%s:%lld", base(file), (long long)line);
    if (module && *module && off != WEFT_AN_NULL)
        return sym ? weft__an_asprintf("%s+0x%llx (%s)", base(module), (unsigned long long)off, sym)
                   : weft__an_asprintf("%s+0x%llx", base(module), (unsigned long long)off);
    if (sym)
        return weft__an_asprintf("%s (0x%llx)", sym, (unsigned long long)addr);
    return weft__an_asprintf("0x%llx", (unsigned long long)addr);
}

/* The lock's symbol when the trace knows it, else its address; malloc'd. */
char *weft__an_lock_name(struct weft__an_ctx *c, int64_t process_id, int64_t addr)
{
    const struct weft_analysis *a = c->a;
    for (size_t i = 0; i < a->nlocks; i++)
        if (a->locks[i].process_id == process_id && a->locks[i].addr == addr && a->locks[i].name)
            return strdup(a->locks[i].name);
    return weft__an_asprintf("0x%llx", (unsigned long long)addr);
}
