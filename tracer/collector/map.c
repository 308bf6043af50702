/* A small u64 -> u64 open-addressed hash map used for sites, locks, coroutines and seen files. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>

static size_t slot(uint64_t key, size_t cap)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    return (size_t)key & (cap - 1);
}

static int grow(struct weft__map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    uint64_t *nk = calloc(ncap, sizeof(*nk)), *nv = calloc(ncap, sizeof(*nv));
    if (!nk || !nv) {
        free(nk);
        free(nv);
        return -ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = slot(m->keys[i], ncap);
        while (nk[j])
            j = (j + 1) & (ncap - 1);
        nk[j] = m->keys[i];
        nv[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
    return 0;
}

int weft__map_put(struct weft__map *m, uint64_t key, uint64_t val)
{
    if (!key)
        return -EINVAL;
    if ((m->len + 1) * 2 > m->cap) {
        int r = grow(m);
        if (r)
            return r;
    }
    size_t j = slot(key, m->cap);
    while (m->keys[j] && m->keys[j] != key)
        j = (j + 1) & (m->cap - 1);
    if (!m->keys[j])
        m->len++;
    m->keys[j] = key;
    m->vals[j] = val;
    return 0;
}

int weft__map_get(const struct weft__map *m, uint64_t key, uint64_t *val)
{
    if (!m->cap || !key)
        return 0;
    size_t j = slot(key, m->cap);
    while (m->keys[j]) {
        if (m->keys[j] == key) {
            if (val)
                *val = m->vals[j];
            return 1;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}

void weft__map_free(struct weft__map *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = m->vals = NULL;
    m->cap = m->len = 0;
}
