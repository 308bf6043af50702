/* Unit tests of the in-process runtime: ring producer, TEXT records, drops, lock/order tables, fd kinds. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "weft_rt.h"

#define CAP 64u

static int setup_ring(void **state)
{
    size_t size = weft__ring_size(CAP);
    void *mem = aligned_alloc(4096, size);
    struct weft_ring *r = calloc(1, sizeof *r);

    memset(mem, 0, size);
    weft__ring_init(r, mem, CAP, 11, 12, 1000, 2000);
    *state = r;
    return 0;
}

static int teardown_ring(void **state)
{
    struct weft_ring *r = *state;

    free(r->h);
    free(r);
    return 0;
}

static struct weft_event make_event(uint64_t ts, unsigned call)
{
    struct weft_event e = {.ts = ts, .call = (uint16_t)call};
    e.u.e.obj = ts * 10;
    return e;
}

/* What a consumer would read: the event at index i. */
static const struct weft_event *at(const struct weft_ring *r, uint64_t i)
{
    return &r->ev[i & r->mask];
}

static void header_is_laid_out(void **state)
{
    struct weft_ring *r = *state;
    struct weft_ring a;

    assert_int_equal(r->h->magic, WEFT_RING_MAGIC);
    assert_int_equal(r->h->capacity, CAP);
    assert_int_equal(r->h->pid, 11);
    assert_int_equal(r->h->tid, 12);
    assert_int_equal(r->h->state, WEFT_THREAD_LIVE);
    assert_true(r->h->events_off + CAP * sizeof(struct weft_event) <= r->h->file_size);
    assert_true(r->h->calls_off >= 4096);
    assert_int_equal(r->h->events_off % 64, 0);
    assert_int_equal(weft__ring_attach(&a, r->h), 0);
    assert_ptr_equal(a.ev, r->ev);
    /* A default ring stays within the 2 MiB per thread budget. */
    assert_true(weft__ring_size(WEFT_RING_DEFAULT_CAPACITY) <= 2u << 20);
}

static void events_wrap_around_when_consumed(void **state)
{
    struct weft_ring *r = *state;

    for (uint64_t i = 0; i < 3 * CAP; i++) {
        struct weft_event e = make_event(i + 1, WEFT_CALL_READ);
        assert_int_equal(weft__ring_emit(r, &e, NULL, 0), 0);
        assert_int_equal(r->h->head, i + 1);
        assert_int_equal(at(r, i)->ts, i + 1);
        assert_int_equal(at(r, i)->u.e.obj, (i + 1) * 10);
        __atomic_store_n(&r->h->tail, i + 1, __ATOMIC_RELEASE); /* consumer keeps up */
    }
    assert_int_equal(r->h->dropped, 0);
}

static void full_ring_drops_and_counts(void **state)
{
    struct weft_ring *r = *state;
    struct weft_event e = make_event(1, WEFT_CALL_WRITE);

    for (unsigned i = 0; i < CAP; i++)
        assert_int_equal(weft__ring_emit(r, &e, NULL, 0), 0);
    assert_int_equal(weft__ring_emit(r, &e, NULL, 0), -ENOBUFS);
    assert_int_equal(weft__ring_emit(r, &e, "abc", 3), -ENOBUFS);
    assert_int_equal(r->h->dropped, 2);
    assert_int_equal(r->h->head, CAP);
    /* Once the consumer frees one slot, the next event fits again. */
    __atomic_store_n(&r->h->tail, 1, __ATOMIC_RELEASE);
    assert_int_equal(weft__ring_emit(r, &e, NULL, 0), 0);
    assert_int_equal(r->h->head, CAP + 1);
}

static void text_follows_its_event_across_the_wrap(void **state)
{
    struct weft_ring *r = *state;
    struct weft_event e = make_event(5, WEFT_CALL_OPEN);
    char text[130];

    for (size_t i = 0; i < sizeof text; i++)
        text[i] = (char)('a' + i % 26);
    /* Start near the end so the 1 + 3 records wrap. */
    r->h->head = r->h->tail = CAP - 2;
    assert_int_equal(weft__ring_emit(r, &e, text, sizeof text), 0);
    assert_int_equal(r->h->head, CAP - 2 + 4);
    assert_int_equal(at(r, CAP - 2)->call, WEFT_CALL_OPEN);
    for (unsigned k = 0; k < 3; k++) {
        const struct weft_event *t = at(r, CAP - 1 + k);
        size_t want = k < 2 ? 48 : sizeof text - 96;
        assert_int_equal(t->call, WEFT_CALL_TEXT);
        assert_int_equal(t->err, want);
        assert_memory_equal(t->u.text, text + 48 * k, want);
    }
}

static void text_needing_more_room_drops_whole(void **state)
{
    struct weft_ring *r = *state;
    struct weft_event e = make_event(5, WEFT_CALL_CONNECT);
    char text[100] = "peer";

    r->h->head = CAP - 2; /* two free slots, the event needs 1 + 3 */
    r->h->tail = 0;
    memset(text, 'p', sizeof text);
    assert_int_equal(weft__ring_emit(r, &e, text, sizeof text), -ENOBUFS);
    assert_int_equal(r->h->head, CAP - 2);
    assert_int_equal(r->h->dropped, 1);
    assert_int_equal(weft__ring_emit(r, &e, text, 40), 0); /* 1 + 1 fits */
}

static void long_text_is_truncated(void **state)
{
    struct weft_ring *r = *state;
    struct weft_event e = make_event(5, WEFT_CALL_MARK);
    char big[2000];

    memset(big, 'x', sizeof big);
    assert_int_equal(weft__ring_emit(r, &e, big, sizeof big), 0);
    assert_int_equal(r->h->head, 1 + WEFT_TEXT_MAX / 48);
}

static void lock_stats_find_and_add(void **state)
{
    struct weft_ring *r = *state;
    struct weft_lock_stat *a = weft__lock_stat(r, 0x1000, WEFT_CALL_PTHREAD_MUTEX_LOCK);
    struct weft_lock_stat *b = weft__lock_stat(r, 0x2000, WEFT_CALL_SEM_WAIT);

    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    assert_int_equal(r->h->features & WEFT_RING_F_USED, WEFT_RING_F_USED);
    assert_int_equal(r->h->locks_used, 2); /* a reader may skip a table with none */
    a->acquisitions += 3;
    assert_ptr_equal(weft__lock_stat(r, 0x1000, WEFT_CALL_MTX_LOCK), a);
    assert_int_equal(r->h->locks_used, 2);
    assert_int_equal(a->kind, WEFT_CALL_PTHREAD_MUTEX_LOCK); /* the first kind stays */
    assert_int_equal(b->kind, WEFT_CALL_SEM_WAIT);
    /* Many locks: each keeps its own slot until the table is full, then overflow counts. */
    unsigned got = 0;
    for (uint64_t i = 1; i <= WEFT_LOCKS_CAP + 50; i++)
        got += weft__lock_stat(r, 0x100000 + i * 64, WEFT_CALL_PTHREAD_MUTEX_LOCK) != NULL;
    assert_true(got >= WEFT_LOCKS_CAP / 2);
    assert_true(r->h->locks_overflow >= 50);
    assert_ptr_equal(weft__lock_stat(r, 0x1000, 0), a);
}

static void order_edges_count_and_keep_first(void **state)
{
    struct weft_ring *r = *state;
    int found_ab = 0, found_ba = 0;

    weft__order_note(r, 0xa0, 0x11, 0xb0, 0x22, 100);
    weft__order_note(r, 0xa0, 0x33, 0xb0, 0x44, 200);
    weft__order_note(r, 0xb0, 0x55, 0xa0, 0x66, 300);
    assert_int_equal(r->h->order_used, 2);
    for (unsigned i = 0; i < r->h->order_cap; i++) {
        struct weft_order_edge *e = &r->order[i];
        if (e->held == 0xa0 && e->acquired == 0xb0) {
            found_ab++;
            assert_int_equal(e->count, 2);
            assert_int_equal(e->held_site, 0x11);
            assert_int_equal(e->acquired_site, 0x22);
            assert_int_equal(e->first_ts, 100);
        }
        if (e->held == 0xb0 && e->acquired == 0xa0) {
            found_ba++;
            assert_int_equal(e->count, 1);
        }
    }
    assert_int_equal(found_ab, 1);
    assert_int_equal(found_ba, 1);
}

static void counters_accumulate(void **state)
{
    struct weft_ring *r = *state;

    weft__count(r, WEFT_CALL_READ, 100, 0, 10, 0);
    weft__count(r, WEFT_CALL_READ, 300, 1, 0, 1);
    assert_int_equal(r->calls[WEFT_CALL_READ].count, 2);
    assert_int_equal(r->calls[WEFT_CALL_READ].total_ns, 400);
    assert_int_equal(r->calls[WEFT_CALL_READ].max_ns, 300);
    assert_int_equal(r->calls[WEFT_CALL_READ].errors, 1);
    assert_int_equal(r->calls[WEFT_CALL_READ].bytes, 10);
    assert_int_equal(r->calls[WEFT_CALL_READ].recorded, 1);
}

static void fd_kinds_are_classified(void **state)
{
    int p[2], sv[2], tcp, udp, ev, ep, file, dir, null;
    (void)state;

    assert_int_equal(pipe(p), 0);
    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    tcp = socket(AF_INET, SOCK_STREAM, 0);
    udp = socket(AF_INET6, SOCK_DGRAM, 0);
    ev = eventfd(0, 0);
    ep = epoll_create1(0);
    file = open("/proc/self/exe", O_RDONLY);
    dir = open("/", O_RDONLY | O_DIRECTORY);
    null = open("/dev/zero", O_RDONLY);
    assert_int_equal(weft__fd_classify(p[0]), WEFT_FD_PIPE);
    assert_int_equal(weft__fd_classify(p[1]), WEFT_FD_PIPE);
    assert_int_equal(weft__fd_classify(sv[0]), WEFT_FD_UNIX);
    assert_int_equal(weft__fd_classify(tcp), WEFT_FD_TCP);
    if (udp >= 0) /* no IPv6 in some containers */
        assert_int_equal(weft__fd_classify(udp), WEFT_FD_UDP);
    assert_int_equal(weft__fd_classify(ev), WEFT_FD_EVENTFD);
    assert_int_equal(weft__fd_classify(ep), WEFT_FD_EPOLL);
    assert_int_equal(weft__fd_classify(file), WEFT_FD_FILE);
    assert_int_equal(weft__fd_classify(dir), WEFT_FD_DIR);
    struct stat st;
    if (fstat(null, &st) == 0 && S_ISCHR(st.st_mode)) /* a device node, unless clobbered */
        assert_int_equal(weft__fd_classify(null), WEFT_FD_CHARDEV);
    assert_int_equal(weft__fd_classify(-1), WEFT_FD_UNKNOWN);
    assert_int_equal(weft__fd_classify(9999), WEFT_FD_UNKNOWN);
    close(p[0]), close(p[1]), close(sv[0]), close(sv[1]), close(tcp), close(ev), close(ep);
    close(file), close(dir), close(null);
    if (udp >= 0)
        close(udp);
}

/* The in-flight slot: the first call takes it, a nested one (signal handler) leaves it. */
static void inflight_slot_is_taken_once_and_cleared(void **state)
{
    struct weft_ring *r = *state;

    assert_int_equal(r->h->inflight_call, 0);
    assert_int_equal(weft__ring_inflight_begin(r, WEFT_CALL_READ, 500, 7, 0, 0x1234, 0, 3,
                                               WEFT_FD_PIPE), 1);
    assert_int_equal(weft__ring_inflight_begin(r, WEFT_CALL_NANOSLEEP, 600, 1, 0, 0, 0, 0, 0), 0);
    assert_int_equal(r->h->inflight_call, WEFT_CALL_READ);
    assert_int_equal(r->h->inflight_ts, 500);
    assert_int_equal(r->h->inflight_obj, 7);
    assert_int_equal(r->h->inflight_site, 0x1234);
    assert_int_equal(r->h->inflight_coro, 3);
    assert_int_equal(r->h->inflight_fd_kind, WEFT_FD_PIPE);
    weft__ring_inflight_end(r);
    assert_int_equal(r->h->inflight_call, 0);
    /* Appended after the fields older readers know, inside the 4096-byte header page. */
    assert_true(offsetof(struct weft_ring_header, inflight_call) >=
                offsetof(struct weft_ring_header, cpu_ns) + sizeof(uint64_t));
    assert_true(sizeof(struct weft_ring_header) <= 4096);
}

#define RT(f) cmocka_unit_test_setup_teardown(f, setup_ring, teardown_ring)

int main(void)
{
    const struct CMUnitTest tests[] = {
        RT(header_is_laid_out),
        RT(events_wrap_around_when_consumed),
        RT(full_ring_drops_and_counts),
        RT(text_follows_its_event_across_the_wrap),
        RT(text_needing_more_room_drops_whole),
        RT(long_text_is_truncated),
        RT(lock_stats_find_and_add),
        RT(order_edges_count_and_keep_first),
        RT(counters_accumulate),
        RT(inflight_slot_is_taken_once_and_cleared),
        cmocka_unit_test(fd_kinds_are_classified),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
