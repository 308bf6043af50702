/* Internal helpers of the static checker: an arena, growable arrays, an interning string table, a map by address and a hash. */
#ifndef WEFT_STATIC_UTIL_H
#define WEFT_STATIC_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Bump allocator: everything allocated from it is freed at once by weft__arena_free. */
struct weft__arena {
    struct weft__arena_block *head;
};

void *weft__arena_alloc(struct weft__arena *a, size_t n);     /* zeroed; NULL on ENOMEM */
char *weft__arena_strdup(struct weft__arena *a, const char *s);
char *weft__arena_strndup(struct weft__arena *a, const char *s, size_t n);
void weft__arena_free(struct weft__arena *a);

/* Grows *arr (of element size elsz) so it can hold need elements; 0 or -ENOMEM. */
int weft__grow(void **arr, size_t *cap, size_t need, size_t elsz);
#define WEFT__PUSH(arr, n, cap) \
    (weft__grow((void **)&(arr), &(cap), (n) + 1, sizeof(*(arr))) ? NULL : &(arr)[(n)++])

/* Interns strings: equal strings get the same small id and the same stable pointer. */
struct weft__strtab {
    struct weft__arena arena;
    char **strs;
    size_t n, cap;
    uint32_t *slots; /* open addressing, id+1, 0 = empty */
    size_t nslots;
};

int weft__strtab_intern(struct weft__strtab *t, const char *s); /* id >= 0, or -ENOMEM */
int weft__strtab_find(const struct weft__strtab *t, const char *s); /* id or -1 */
void weft__strtab_free(struct weft__strtab *t);

/* Maps addresses to values (open addressing, grown as it fills). */
struct weft__ptrmap {
    const void **keys;
    void **vals;
    size_t n, nslots;
};

/* The value slot of key (NULL while new); NULL on ENOMEM. */
void **weft__ptrmap_slot(struct weft__ptrmap *m, const void *key);
void weft__ptrmap_free(struct weft__ptrmap *m);

/* 64-bit FNV-1a, chainable: pass the previous hash as h (start with WEFT__FNV_INIT). */
#define WEFT__FNV_INIT 0xcbf29ce484222325ULL
uint64_t weft__fnv(uint64_t h, const void *p, size_t n);

#endif
