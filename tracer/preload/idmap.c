/* A fixed, lock-free map from 64-bit keys to 32-bit ids, shared by all threads of the process. */
#include "internal.h"

struct weft__idmap weft__thread_tids;

static uint32_t slot_of(uint64_t key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & (WEFT_IDMAP_CAP - 1);
}

void weft__idmap_put(struct weft__idmap *m, uint64_t key, uint32_t val)
{
    uint32_t i = slot_of(key), n;

    if (key == 0)
        return;
    for (n = 0; n < WEFT_IDMAP_CAP; n++, i = (i + 1) & (WEFT_IDMAP_CAP - 1)) {
        uint64_t k = __atomic_load_n(&m->key[i], __ATOMIC_ACQUIRE);

        if (k == 0) {
            uint64_t expected = 0;
            /* Claim a free slot; someone else may claim it with the same key first. */
            if (!__atomic_compare_exchange_n(&m->key[i], &expected, key, 0, __ATOMIC_ACQ_REL,
                                             __ATOMIC_ACQUIRE) &&
                expected != key)
                continue;
            k = key;
        }
        if (k == key) {
            __atomic_store_n(&m->val[i], val, __ATOMIC_RELEASE);
            return;
        }
    }
    /* Full: the key stays unknown (lookups answer 0), which callers tolerate. */
}

uint32_t weft__idmap_get(const struct weft__idmap *m, uint64_t key)
{
    uint32_t i = slot_of(key), n;

    if (key == 0)
        return 0;
    for (n = 0; n < WEFT_IDMAP_CAP; n++, i = (i + 1) & (WEFT_IDMAP_CAP - 1)) {
        uint64_t k = __atomic_load_n(&m->key[i], __ATOMIC_ACQUIRE);

        if (k == key)
            return __atomic_load_n(&m->val[i], __ATOMIC_ACQUIRE);
        if (k == 0)
            return 0;
    }
    return 0;
}
