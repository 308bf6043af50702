/* Unit tests: each verdict (cpu, io disk/network/ipc, lock, idle, mixed) on synthetic traces, with its evidence. */
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
#define US 1000LL

static int has_line(char **v, size_t n, const char *needle)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(v[i], needle))
            return 1;
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "  evidence: %s\n", v[i]);
    return 0;
}

/* nthreads threads, each alternating run_us of CPU with a wait_us call, 200 times. */
static struct weft_analysis *workload(struct fx *fx, int nthreads, int64_t run_us, int call,
                                      int fd_kind, int64_t wait_us, int nfds)
{
    fx_create(fx);
    int64_t life = 200 * (run_us + wait_us) * US;
    int64_t p = fx_process(fx, 100, 0, life);
    for (int i = 0; i < nthreads; i++) {
        int64_t t = fx_thread(fx, p, 100 + i, 0, life, 200 * run_us * US);
        int64_t ts = 0;
        for (int k = 0; k < 200; k++) {
            ts += run_us * US;
            fx_event(fx, t, ts, wait_us * US, call, fd_kind, 3 + k % nfds, 1, NUL);
            ts += wait_us * US;
        }
    }
    return fx_analyze(fx);
}

static void test_cpu_bound(void **unused)
{
    (void)unused;
    struct fx fx;
    struct weft_analysis *a = workload(&fx, 2, 95, WEFT_CALL_READ, WEFT_FD_FILE, 5, 1);
    assert_int_equal(a->verdict, WEFT_VERDICT_CPU);
    assert_int_equal(a->verdict_kind, WEFT_KIND_NONE);
    assert_true(has_line(a->evidence, a->nevidence, "1.90 of 2 cores busy"));
    assert_true(has_line(a->evidence, a->nevidence, "95% of thread time running"));
    assert_non_null(strstr(a->recommendation, "core"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* One thread computing while another waits for it on a condvar: still CPU-bound, and serial. */
static void test_cpu_bound_serial(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000000);
    fx_thread(&fx, p, 100, 0, 1000000, 1000000);
    int64_t w = fx_thread(&fx, p, 101, 0, 1000000, 0);
    fx_event(&fx, w, 0, 1000000, WEFT_CALL_PTHREAD_COND_WAIT, WEFT_FD_NONE, 1, 0, NUL);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_CPU);
    assert_true(has_line(a->evidence, a->nevidence, "only one thread was running"));
    assert_non_null(strstr(a->recommendation, "parallelism"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Four threads keep two cores 90% busy: whatever else they wait for, the CPU is the limit. */
static void test_cpu_bound_saturated(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 1000000);
    for (int i = 0; i < 4; i++) {
        int64_t t = fx_thread(&fx, p, 100 + i, 0, 1000000, 450000);
        /* half their time on the disk: by shares alone (47% CPU, 53% disk) it would be I/O */
        fx_event(&fx, t, 500000, 500000, WEFT_CALL_READ, WEFT_FD_FILE, 3, 1, NUL);
    }
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_CPU);
    assert_true(has_line(a->evidence, a->nevidence, "every core was busy (1.80 of 2 on average)"));
    assert_non_null(strstr(a->recommendation, "Every core is busy"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

static void test_io_network(void **unused)
{
    (void)unused;
    struct fx fx;
    struct weft_analysis *a = workload(&fx, 1, 13, WEFT_CALL_RECV, WEFT_FD_TCP, 87, 3);
    assert_int_equal(a->verdict, WEFT_VERDICT_IO);
    assert_int_equal(a->verdict_kind, WEFT_KIND_NETWORK);
    assert_true(has_line(a->evidence, a->nevidence, "87% of thread time waiting for the network on 3 TCP sockets"));
    assert_true(has_line(a->evidence, a->nevidence, "recv() 87%"));
    assert_non_null(strstr(a->recommendation, "in flight"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

static void test_io_disk(void **unused)
{
    (void)unused;
    struct fx fx;
    struct weft_analysis *a = workload(&fx, 1, 10, WEFT_CALL_FDATASYNC, WEFT_FD_FILE, 90, 1);
    assert_int_equal(a->verdict, WEFT_VERDICT_IO);
    assert_int_equal(a->verdict_kind, WEFT_KIND_DISK);
    assert_true(has_line(a->evidence, a->nevidence, "fdatasync() 90%"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

static void test_io_ipc(void **unused)
{
    (void)unused;
    struct fx fx;
    struct weft_analysis *a = workload(&fx, 1, 20, WEFT_CALL_READ, WEFT_FD_PIPE, 80, 1);
    assert_int_equal(a->verdict, WEFT_VERDICT_IO);
    assert_int_equal(a->verdict_kind, WEFT_KIND_IPC);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* An event loop whose polls find sockets ready: the poll time is network time. */
static void test_io_network_poll(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 100 * 100 * US);
    int64_t t = fx_thread(&fx, p, 100, 0, 100 * 100 * US, 100 * 30 * US);
    for (int k = 0; k < 100; k++) {
        int64_t ts = k * 100 * US;
        fx_event(&fx, t, ts + 30 * US, 50 * US, WEFT_CALL_EPOLL_WAIT, WEFT_FD_NONE, 7, 4, NUL);
        fx_event(&fx, t, ts + 80 * US, 20 * US, WEFT_CALL_SEND, WEFT_FD_TCP, 8 + k % 4, 100, NUL);
    }
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_IO);
    assert_int_equal(a->verdict_kind, WEFT_KIND_NETWORK);
    assert_true(has_line(a->evidence, a->nevidence, "epoll_wait() 50%"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

static void test_lock_bound(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t life = 200 * 100 * US;
    int64_t p = fx_process(&fx, 100, 0, life);
    int64_t site = fx_site(&fx, p, 0x401000, "worker", "/src/fight.c", 42);
    fx_lock(&fx, p, 0x5000, "counter_lock", 4000, 800, 4 * 200 * 70 * US);
    for (int i = 0; i < 4; i++) {
        int64_t t = fx_thread(&fx, p, 100 + i, 0, life, 200 * 30 * US);
        for (int k = 0; k < 200; k++)
            fx_event(&fx, t, k * 100 * US + 30 * US, 70 * US, WEFT_CALL_PTHREAD_MUTEX_LOCK,
                     WEFT_FD_NONE, 0x5000, 0, site);
    }
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_LOCK);
    assert_true(has_line(a->evidence, a->nevidence, "70% of thread time waiting for locks"));
    assert_true(has_line(a->evidence, a->nevidence, "counter_lock at fight.c:42 (worker)"));
    assert_non_null(strstr(a->recommendation, "critical section"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

static void test_idle_sleep(void **unused)
{
    (void)unused;
    struct fx fx;
    struct weft_analysis *a = workload(&fx, 3, 5, WEFT_CALL_NANOSLEEP, WEFT_FD_NONE, 95, 1);
    assert_int_equal(a->verdict, WEFT_VERDICT_IDLE);
    assert_true(has_line(a->evidence, a->nevidence, "nanosleep() 95%"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* Polls that time out (return 0) wait for nothing: idle, not network. */
static void test_idle_poll_timeouts(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 100 * 100 * US);
    int64_t t = fx_thread(&fx, p, 100, 0, 100 * 100 * US, 100 * 5 * US);
    for (int k = 0; k < 100; k++) {
        fx_event(&fx, t, k * 100 * US + 5 * US, 90 * US, WEFT_CALL_POLL, WEFT_FD_NONE, 0, 0, NUL);
        fx_event(&fx, t, k * 100 * US + 95 * US, 5 * US, WEFT_CALL_RECV, WEFT_FD_TCP, 4, 10, NUL);
    }
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_IDLE);
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* A filter waiting on a terminal or on its stdin pipe waits for input: idle, not ipc. */
static void test_idle_stdin(void **unused)
{
    (void)unused;
    struct fx fx;
    struct weft_analysis *a = workload(&fx, 1, 10, WEFT_CALL_READ, WEFT_FD_PIPE, 90, 1);
    /* workload() reads fd 3: a pipe to another process, so ipc */
    assert_int_equal(a->verdict, WEFT_VERDICT_IO);
    assert_int_equal(a->verdict_kind, WEFT_KIND_IPC);
    weft_analysis_free(a);
    fx_destroy(&fx);
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 100 * 100 * US);
    int64_t t = fx_thread(&fx, p, 100, 0, 100 * 100 * US, 100 * 10 * US);
    for (int k = 0; k < 100; k++)
        fx_event(&fx, t, k * 100 * US + 10 * US, 90 * US, WEFT_CALL_READ,
                 k % 2 ? WEFT_FD_PIPE : WEFT_FD_TTY, k % 2 ? 0 : 5, 10, NUL);
    a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_IDLE);
    assert_true(has_line(a->evidence, a->nevidence, "read() 90%"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* 40% CPU, 35% sleep, 25% disk: nothing dominates. */
static void test_mixed(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    int64_t p = fx_process(&fx, 100, 0, 100 * 100 * US);
    int64_t t = fx_thread(&fx, p, 100, 0, 100 * 100 * US, 100 * 40 * US);
    for (int k = 0; k < 100; k++) {
        fx_event(&fx, t, k * 100 * US + 40 * US, 35 * US, WEFT_CALL_NANOSLEEP, WEFT_FD_NONE, 0, 0, NUL);
        fx_event(&fx, t, k * 100 * US + 75 * US, 25 * US, WEFT_CALL_READ, WEFT_FD_FILE, 3, 10, NUL);
    }
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_MIXED);
    assert_true(has_line(a->evidence, a->nevidence, "40% running on a CPU"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

/* An empty trace (no threads) still gets a verdict and no crash. */
static void test_empty_trace(void **unused)
{
    (void)unused;
    struct fx fx;
    fx_create(&fx);
    struct weft_analysis *a = fx_analyze(&fx);
    assert_int_equal(a->verdict, WEFT_VERDICT_MIXED);
    assert_int_equal(a->nthreads, 0);
    assert_true(has_line(a->evidence, a->nevidence, "no thread time"));
    weft_analysis_free(a);
    fx_destroy(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cpu_bound),       cmocka_unit_test(test_cpu_bound_serial),
        cmocka_unit_test(test_cpu_bound_saturated),
        cmocka_unit_test(test_io_network),      cmocka_unit_test(test_io_disk),
        cmocka_unit_test(test_io_ipc),          cmocka_unit_test(test_io_network_poll),
        cmocka_unit_test(test_lock_bound),      cmocka_unit_test(test_idle_sleep),
        cmocka_unit_test(test_idle_poll_timeouts), cmocka_unit_test(test_idle_stdin),
        cmocka_unit_test(test_mixed),
        cmocka_unit_test(test_empty_trace),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
