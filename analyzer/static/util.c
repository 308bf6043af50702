/* Arena, growable arrays and string interning used throughout the static checker. */
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct weft__arena_block {
    struct weft__arena_block *next;
    size_t used, size;
    max_align_t data[];
};

void *weft__arena_alloc(struct weft__arena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    struct weft__arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > 60000 ? n : 60000;
        b = malloc(sizeof(*b) + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *weft__arena_strndup(struct weft__arena *a, const char *s, size_t n)
{
    char *d = weft__arena_alloc(a, n + 1);
    if (d)
        memcpy(d, s, n);
    return d;
}

char *weft__arena_strdup(struct weft__arena *a, const char *s)
{
    return s ? weft__arena_strndup(a, s, strlen(s)) : NULL;
}

void weft__arena_free(struct weft__arena *a)
{
    while (a->head) {
        struct weft__arena_block *n = a->head->next;
        free(a->head);
        a->head = n;
    }
}

int weft__grow(void **arr, size_t *cap, size_t need, size_t elsz)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    while (nc < need)
        nc *= 2;
    void *p = realloc(*arr, nc * elsz);
    if (!p)
        return -ENOMEM;
    *arr = p;
    *cap = nc;
    return 0;
}

uint64_t weft__fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) {
        h ^= c[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* The table's own hash (in memory only; ids do not depend on it): eight bytes a step,
 * where FNV's byte a step was most of interning the long USRs and paths of every op. */
static uint64_t str_hash(const char *s)
{
    size_t n = strlen(s);
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
    return h ^ h >> 29;
}

static size_t slot_of(const struct weft__strtab *t, const char *s)
{
    size_t mask = t->nslots - 1, i = str_hash(s) & mask;
    while (t->slots[i] && strcmp(t->strs[t->slots[i] - 1], s))
        i = (i + 1) & mask;
    return i;
}

int weft__strtab_find(const struct weft__strtab *t, const char *s)
{
    if (!t->nslots)
        return -1;
    size_t i = slot_of(t, s);
    return t->slots[i] ? (int)t->slots[i] - 1 : -1;
}

static int rehash(struct weft__strtab *t)
{
    size_t ns = t->nslots ? t->nslots * 2 : 1024;
    uint32_t *slots = calloc(ns, sizeof(*slots));
    if (!slots)
        return -ENOMEM;
    free(t->slots);
    t->slots = slots;
    t->nslots = ns;
    for (size_t id = 0; id < t->n; id++)
        t->slots[slot_of(t, t->strs[id])] = (uint32_t)id + 1;
    return 0;
}

int weft__strtab_intern(struct weft__strtab *t, const char *s)
{
    if ((t->n + 1) * 2 > t->nslots && rehash(t))
        return -ENOMEM;
    size_t i = slot_of(t, s);
    if (t->slots[i])
        return (int)t->slots[i] - 1;
    char *d = weft__arena_strdup(&t->arena, s);
    char **slot = d ? WEFT__PUSH(t->strs, t->n, t->cap) : NULL;
    if (!slot)
        return -ENOMEM;
    *slot = d;
    t->slots[i] = (uint32_t)t->n;
    return (int)t->n - 1;
}

void weft__strtab_free(struct weft__strtab *t)
{
    weft__arena_free(&t->arena);
    free(t->strs);
    free(t->slots);
    memset(t, 0, sizeof(*t));
}

static size_t ptr_slot(const struct weft__ptrmap *m, const void *key)
{
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9e3779b97f4a7c15ULL;
    size_t i = (size_t)(h >> 20) & (m->nslots - 1);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (m->nslots - 1);
    return i;
}

void **weft__ptrmap_slot(struct weft__ptrmap *m, const void *key)
{
    if (2 * (m->n + 1) > m->nslots) {
        struct weft__ptrmap g = {.n = m->n, .nslots = m->nslots ? 2 * m->nslots : 1024};
        g.keys = calloc(g.nslots, sizeof(*g.keys));
        g.vals = calloc(g.nslots, sizeof(*g.vals));
        if (!g.keys || !g.vals) {
            free(g.keys);
            free(g.vals);
            return NULL;
        }
        for (size_t i = 0; i < m->nslots; i++)
            if (m->keys[i]) {
                size_t j = ptr_slot(&g, m->keys[i]);
                g.keys[j] = m->keys[i];
                g.vals[j] = m->vals[i];
            }
        weft__ptrmap_free(m);
        *m = g;
    }
    size_t i = ptr_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->n++;
    }
    return &m->vals[i];
}

void weft__ptrmap_free(struct weft__ptrmap *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->n = m->nslots = 0;
}
