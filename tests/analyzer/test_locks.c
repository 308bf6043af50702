/* Unit tests: contention per lock and site, most contended first, and lock-order cycles with their sites. */
#include "analysis_model.h"
#include "fixture.h"
#include "weft_analysis.h"
#include "weft_calls.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#define NUL INT64_MIN

static void test_contention_order(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 100000000);
    int64_t t = fx_thread(&fx, p, 100, 0, 100000000, 0);
    int64_t s1 = fx_site(&fx, p, 0x401000, "put", "/src/q.c", 10);
    int64_t s2 = fx_site(&fx, p, 0x402000, "get", "/src/q.c", 20);
    fx_lock(&fx, p, 0xa000, "small_lock", 100, 4, 5000000);
    fx_lock(&fx, p, 0xb000, "big_lock", 100, 9, 10000000);
    fx_lock(&fx, p, 0xc000, "calm_lock", 1000, 0, 0);
    /* small_lock: 1 wait at get (1 ms), 3 at put (4 ms): put comes first. */
    fx_event(&fx, t, 1000000, 1000000, WEFT_CALL_PTHREAD_MUTEX_LOCK, 0, 0xa000, 0, s2);
    for (int i = 0; i < 3; i++)
        fx_event(&fx, t, 10000000 + i * 2000000, 1333333, WEFT_CALL_PTHREAD_MUTEX_LOCK, 0, 0xa000,
                 0, s1);
    /* A lock the counters missed still shows, from its waits. */
    fx_event(&fx, t, 50000000, 7000000, WEFT_CALL_PTHREAD_MUTEX_LOCK, 0, 0xd000, 0, s1);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->nlocks, 4);
    assert_string_equal(a->locks[0].name, "big_lock");
    assert_int_equal(a->locks[1].addr, 0xd000);
    assert_int_equal(a->locks[1].contended, 1);
    assert_int_equal(a->locks[1].wait_total_ns, 7000000);
    assert_string_equal(a->locks[2].name, "small_lock");
    assert_string_equal(a->locks[3].name, "calm_lock");
    assert_int_equal(a->locks[2].nsites, 2);
    assert_string_equal(a->locks[2].sites[0].site, "q.c:10 (put)");
    assert_int_equal(a->locks[2].sites[0].waits, 3);
    assert_string_equal(a->locks[2].sites[1].site, "q.c:20 (get)");
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Sites without debug info fall back to module+offset, then the address. */
static void test_site_fallbacks(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000);
    int64_t t = fx_thread(&fx, p, 100, 0, 1000, 0);
    fx_sql(&fx, "INSERT INTO sites (id, process_id, addr, module, offset) VALUES "
                "(7, 1, 4096, '/usr/lib/libfoo.so', 291), (8, 1, 8192, NULL, NULL)");
    fx_event(&fx, t, 0, 300, WEFT_CALL_PTHREAD_MUTEX_LOCK, 0, 0xa000, 0, 7);
    fx_event(&fx, t, 500, 200, WEFT_CALL_PTHREAD_MUTEX_LOCK, 0, 0xa000, 0, 8);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->nlocks, 1);
    assert_string_equal(a->locks[0].sites[0].site, "libfoo.so+0x123");
    assert_string_equal(a->locks[0].sites[1].site, "0x2000");
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Two threads take two locks in opposite orders: one cycle, both edges with both sites. */
static void test_two_lock_cycle(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000);
    int64_t t1 = fx_thread(&fx, p, 101, 0, 1000, 0);
    int64_t t2 = fx_thread(&fx, p, 102, 0, 1000, 0);
    fx_lock(&fx, p, 0xa0, "lock_a", 2, 0, 0);
    fx_lock(&fx, p, 0xb0, "lock_b", 2, 0, 0);
    int64_t a1 = fx_site(&fx, p, 0x10, "worker1", "two_locks.c", 20);
    int64_t b1 = fx_site(&fx, p, 0x11, "worker1", "two_locks.c", 21);
    int64_t b2 = fx_site(&fx, p, 0x20, "worker2", "two_locks.c", 30);
    int64_t a2 = fx_site(&fx, p, 0x21, "worker2", "two_locks.c", 31);
    fx_lock_order(&fx, p, t1, 0xa0, 0xb0, a1, b1);
    fx_lock_order(&fx, p, t2, 0xb0, 0xa0, b2, a2);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->ncycles, 1);
    const struct weft_an_cycle *c = &a->cycles[0];
    assert_int_equal(c->nlocks, 2);
    assert_string_equal(c->locks[0], "lock_a");
    assert_string_equal(c->locks[1], "lock_b");
    assert_int_equal(c->pid, 100);
    assert_int_equal(c->nedges, 2);
    assert_string_equal(c->edges[0].held, "lock_a");
    assert_int_equal(c->edges[0].tid, 101);
    assert_string_equal(c->edges[0].held_site, "two_locks.c:20 (worker1)");
    assert_string_equal(c->edges[0].acquired_site, "two_locks.c:21 (worker1)");
    assert_string_equal(c->edges[1].held, "lock_b");
    assert_int_equal(c->edges[1].tid, 102);
    assert_string_equal(c->edges[1].held_site, "two_locks.c:30 (worker2)");
    assert_string_equal(c->edges[1].acquired_site, "two_locks.c:31 (worker2)");
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* A consistent order (a<b<c, also a<c) has no cycle; a three-lock ring has exactly one. */
static void test_cycles_only_when_inverted(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000);
    int64_t q = fx_process(&fx, 200, 0, 1000);
    int64_t t = fx_thread(&fx, p, 100, 0, 1000, 0);
    int64_t u = fx_thread(&fx, q, 200, 0, 1000, 0);
    fx_lock_order(&fx, p, t, 1, 2, NUL, NUL);
    fx_lock_order(&fx, p, t, 2, 3, NUL, NUL);
    fx_lock_order(&fx, p, t, 1, 3, NUL, NUL);
    fx_lock_order(&fx, p, t, 3, 3, NUL, NUL); /* recursive: not an order */
    /* process 200: the same addresses in a ring, and its own graph */
    fx_lock_order(&fx, q, u, 1, 2, NUL, NUL);
    fx_lock_order(&fx, q, u, 2, 3, NUL, NUL);
    fx_lock_order(&fx, q, u, 3, 1, NUL, NUL);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->ncycles, 1);
    assert_int_equal(a->cycles[0].pid, 200);
    assert_int_equal(a->cycles[0].nlocks, 3);
    assert_int_equal(a->cycles[0].nedges, 3);
    assert_string_equal(a->cycles[0].edges[0].held_site, "?");
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Two separate inversions over three locks: both elementary cycles are reported. */
static void test_every_elementary_cycle(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000);
    int64_t t = fx_thread(&fx, p, 100, 0, 1000, 0);
    fx_lock_order(&fx, p, t, 1, 2, NUL, NUL);
    fx_lock_order(&fx, p, t, 2, 1, NUL, NUL);
    fx_lock_order(&fx, p, t, 2, 3, NUL, NUL);
    fx_lock_order(&fx, p, t, 3, 2, NUL, NUL);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->ncycles, 2);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contention_order),
        cmocka_unit_test(test_site_fallbacks),
        cmocka_unit_test(test_two_lock_cycle),
        cmocka_unit_test(test_cycles_only_when_inverted),
        cmocka_unit_test(test_every_elementary_cycle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
