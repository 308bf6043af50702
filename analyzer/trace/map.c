/* A small open-addressing hash map keyed by three integers, for per-site and per-fd counters. */
#include "analysis_internal.h"

#include <stdlib.h>

static size_t hash3(int64_t a, int64_t b, int64_t c)
{
    uint64_t h = (uint64_t)a * 0x9e3779b97f4a7c15ull;
    h ^= (uint64_t)b + 0x7f4a7c159e3779b9ull + (h << 6) + (h >> 2);
    h ^= (uint64_t)c + 0x94d049bb133111ebull + (h << 6) + (h >> 2);
    return (size_t)(h ^ (h >> 31));
}

static int grow(struct weft__an_map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    struct weft__an_map_entry *ne = calloc(ncap, sizeof(*ne));
    if (!ne)
        return -1;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->e[i].used)
            continue;
        size_t j = hash3(m->e[i].k1, m->e[i].k2, m->e[i].k3) & (ncap - 1);
        while (ne[j].used)
            j = (j + 1) & (ncap - 1);
        ne[j] = m->e[i];
    }
    free(m->e);
    m->e = ne;
    m->cap = ncap;
    return 0;
}

const struct weft__an_map_entry *weft__an_map_find(const struct weft__an_map *m, int64_t k1,
                                                   int64_t k2, int64_t k3)
{
    if (!m->cap)
        return NULL;
    size_t j = hash3(k1, k2, k3) & (m->cap - 1);
    while (m->e[j].used) {
        if (m->e[j].k1 == k1 && m->e[j].k2 == k2 && m->e[j].k3 == k3)
            return &m->e[j];
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

/* Returns the entry for the key, created zeroed if new; NULL on ENOMEM. */
struct weft__an_map_entry *weft__an_map_get(struct weft__an_map *m, int64_t k1, int64_t k2, int64_t k3)
{
    const struct weft__an_map_entry *found = weft__an_map_find(m, k1, k2, k3);
    if (found)
        return (struct weft__an_map_entry *)found;
    if ((m->len + 1) * 2 > m->cap && grow(m) < 0)
        return NULL;
    size_t j = hash3(k1, k2, k3) & (m->cap - 1);
    while (m->e[j].used)
        j = (j + 1) & (m->cap - 1);
    m->e[j] = (struct weft__an_map_entry){.k1 = k1, .k2 = k2, .k3 = k3, .used = 1};
    m->len++;
    return &m->e[j];
}

void weft__an_map_free(struct weft__an_map *m)
{
    free(m->e);
    m->e = NULL;
    m->cap = m->len = 0;
}
