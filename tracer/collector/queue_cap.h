/* The cap of the collector's in-memory event queue, from the texts of the files that say how much memory it may use (pure, so the tests feed them texts). */
#ifndef WEFT_COLLECTOR_QUEUE_CAP_H
#define WEFT_COLLECTOR_QUEUE_CAP_H

#include "weft_ring.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Bounds of the cap, in events of 64 bytes: 64 K = 4 MiB, 2 M = 128 MiB, 16 M = 1 GiB. */
#define WEFT__QUEUE_FLOOR (64u << 10)
#define WEFT__QUEUE_LO (2u << 20)
#define WEFT__QUEUE_HI (16u << 20)

/*
 * The cgroup v2 path of a process, from the text of its /proc/PID/cgroup: the rest of the
 * line "0::<path>", copied NUL-terminated into OUT (N bytes).  Returns 0; -ENOENT when there
 * is no such line or it is no absolute path (cgroup v1 only); -ENAMETOOLONG when it does not fit.
 */
static inline int weft__cgroup_path(const char *self_cgroup, char *out, size_t n)
{
    for (const char *p = self_cgroup; p && *p;) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > 3 && !memcmp(p, "0::/", 4)) {
            if (len - 3 >= n)
                return -ENAMETOOLONG;
            memcpy(out, p + 3, len - 3);
            out[len - 3] = '\0';
            return 0;
        }
        p = end ? end + 1 : NULL;
    }
    return -ENOENT;
}

/* The decimal number TEXT holds (trailing blanks and newline allowed) in *V; 0, or -EINVAL. */
static inline int weft__parse_u64(const char *text, uint64_t *v)
{
    uint64_t x = 0;
    const char *p = text;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (x > (UINT64_MAX - (uint64_t)(*p - '0')) / 10)
            return -EINVAL;
        x = x * 10 + (uint64_t)(*p - '0');
    }
    if (p == text)
        return -EINVAL;
    while (*p == ' ' || *p == '\t' || *p == '\n')
        p++;
    if (*p)
        return -EINVAL;
    *v = x;
    return 0;
}

/*
 * Bytes a cgroup v2 leaves to its processes, from the texts of its memory.max and
 * memory.current: the limit less what is charged (0 when that is all of it), UINT64_MAX
 * when memory.max says "max".  Returns 0 with *ROOM set, or -EINVAL when a text is neither.
 */
static inline int weft__cgroup_room(const char *max, const char *current, uint64_t *room)
{
    uint64_t lim, used;
    if (!strncmp(max, "max", 3) && (!max[3] || max[3] == '\n')) {
        *room = UINT64_MAX;
        return 0;
    }
    if (weft__parse_u64(max, &lim) < 0 || weft__parse_u64(current, &used) < 0)
        return -EINVAL;
    *room = lim > used ? lim - used : 0;
    return 0;
}

/*
 * The cap in events, from FREE_BYTES (host memory free; 0: unknown) and ROOM (bytes the
 * collector may still take: the least of its cgroups' room and its finite RLIMIT_AS and
 * RLIMIT_DATA; UINT64_MAX: no limit).  An eighth of free memory and a quarter of the room,
 * at most WEFT__QUEUE_HI; at least WEFT__QUEUE_LO when that fits in half the room, else
 * at least WEFT__QUEUE_FLOOR.  Unknown free memory counts as WEFT__QUEUE_LO.
 */
static inline uint64_t weft__queue_cap_events(uint64_t free_bytes, uint64_t room)
{
    const uint64_t ev = sizeof(struct weft_event);
    uint64_t n = free_bytes ? free_bytes / 8 / ev : WEFT__QUEUE_LO;
    uint64_t lo = (uint64_t)WEFT__QUEUE_LO * ev <= room / 2 ? WEFT__QUEUE_LO : WEFT__QUEUE_FLOOR;
    if (room / 4 / ev < n)
        n = room / 4 / ev;
    return n < lo ? lo : n > WEFT__QUEUE_HI ? WEFT__QUEUE_HI : n;
}

#endif
