/* The tracer's clock: CLOCK_MONOTONIC nanoseconds, read from the TSC when the kernel's own clock is the TSC. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#if defined(__x86_64__)
#include <cpuid.h>
#include <x86intrin.h>
#endif

#include "weft_rt.h"

/*
 * Every recorded event reads the clock, and clock_gettime costs 16 ns on this project's VMs
 * (the vDSO reads the TSC too, fenced, and scales it under a sequence lock): half of what
 * tracing adds to a swapcontext.  When the kernel itself keeps CLOCK_MONOTONIC with the TSC
 * (clocksource "tsc": it found the TSC invariant and in step on every CPU, and its watchdog
 * would have switched clocksource otherwise) and the CPU says the TSC is invariant, each
 * thread extrapolates CLOCK_MONOTONIC from an anchor pair (tsc, ns) it takes with
 * clock_gettime, for one window (~1 ms of ticks), at the rate measured by this process:
 *
 *   - calibration: a base pair is taken at the first read; until 2 ms have passed every read
 *     is clock_gettime; then the rate is (ns - base_ns) / (tsc - base_tsc), remeasured at
 *     every new anchor, the base moving each second (a rate over the last 1-2 s: its error
 *     is ~1e-8, ~0.01 ns per window, and it follows NTP's slewing of CLOCK_MONOTONIC);
 *   - monotonic per thread: a new anchor is never below what the old one could still have
 *     returned, so a duration (end - start) on one thread is never negative; an anchor that
 *     starts ahead of clock_gettime runs slower for its window, to meet it at the window's end;
 *   - a pair whose two TSC reads are further apart than twice the closest pair seen (the
 *     thread was interrupted between them) is not used: a pair dates its anchor to within
 *     half that distance (~10 ns);
 *   - signal handlers: an anchor's `tsc` is zeroed before it is rewritten and set last, so a
 *     handler reading the clock meanwhile takes the slow path and anchors afresh.
 *
 * Everything else (another clocksource, another architecture, WEFT_CLOCK=monotonic in the
 * environment, a clocksource that stops being "tsc": looked at again at each rebase) reads
 * clock_gettime as before.  Only raw syscalls here: open and read are our own interposers.
 */

struct weft__tsc_clock weft__tsc;
__thread struct weft__tsc_anchor weft__tsc_at WEFT_RT_TLS;

enum { CLK_UNTESTED, CLK_CALIBRATING, CLK_ON, CLK_OFF };

static struct {
    int state;
    int busy;          /* one thread calibrates or rebases at a time; others skip it */
    uint64_t base_tsc; /* the rate is measured from this pair ... */
    uint64_t base_ns;
    uint64_t next_tsc; /* ... which becomes this one a second later */
    uint64_t next_ns;
} cal;

#define CAL_FIRST_NS 2000000ull  /* first rate after 2 ms */
#define CAL_REBASE_NS 1000000000ull
#define WINDOW_NS 1000000ull     /* an anchor is trusted for 1 ms of ticks */
/* A pair is used when its two TSC reads are at most twice the closest seen (+32) apart. */
static uint64_t pair_min = 1ull << 20;

uint64_t weft__now_mono(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

#if defined(__x86_64__)
/* True when the kernel keeps its clock with the TSC. Raw syscalls; errno is the caller's to keep. */
static int clocksource_is_tsc(void)
{
    char buf[32];
    long fd = syscall(SYS_openat, AT_FDCWD,
                      "/sys/devices/system/clocksource/clocksource0/current_clocksource",
                      O_RDONLY | O_CLOEXEC);
    long n;

    if (fd < 0)
        return 0;
    n = syscall(SYS_read, (int)fd, buf, sizeof buf - 1);
    syscall(SYS_close, (int)fd);
    return n == 4 && memcmp(buf, "tsc\n", 4) == 0;
}

static int tsc_invariant(void)
{
    unsigned a, b, c, d;

    if (!__get_cpuid(0x80000000u, &a, &b, &c, &d) || a < 0x80000007u)
        return 0;
    __get_cpuid(0x80000007u, &a, &b, &c, &d);
    return (d >> 8) & 1;
}

/* A (tsc, ns) pair read close together; 0 when preempted in between (*tsc is then the later read). */
static int read_pair(uint64_t *tsc, uint64_t *ns)
{
    uint64_t t1 = __rdtsc(), t2;

    *ns = weft__now_mono();
    t2 = __rdtsc();
    *tsc = t2;
    if (t2 - t1 < __atomic_load_n(&pair_min, __ATOMIC_RELAXED))
        __atomic_store_n(&pair_min, t2 - t1, __ATOMIC_RELAXED);
    if (t2 - t1 > 2 * __atomic_load_n(&pair_min, __ATOMIC_RELAXED) + 32)
        return 0;
    *tsc = t1 + (t2 - t1) / 2;
    return 1;
}

/* Rate in 32.32 fixed point ns per tick from the base to (tsc, ns); 0 if it makes no sense. */
static uint64_t rate(uint64_t tsc, uint64_t ns)
{
    unsigned __int128 m;

    if (tsc <= cal.base_tsc || ns <= cal.base_ns)
        return 0;
    m = ((unsigned __int128)(ns - cal.base_ns) << 32) / (tsc - cal.base_tsc);
    /* 0.05 to 20 ns per tick: 50 MHz to 20 GHz. */
    return m < (1ull << 32) / 20 || m > 20ull << 32 ? 0 : (uint64_t)m;
}

/*
 * Calibration by whichever thread takes `busy` (the others go on with the rate there is):
 * the rate from the base pair to (tsc, ns), and every second the base moves to the pair of
 * a second earlier, so the rate is measured over the last 1 to 2 s.  errno is the caller's.
 */
static void calibrate(uint64_t tsc, uint64_t ns)
{
    uint64_t m;

    if (__atomic_exchange_n(&cal.busy, 1, __ATOMIC_ACQUIRE))
        return;
    if (cal.state == CLK_UNTESTED) {
        const char *v = getenv("WEFT_CLOCK");

        if ((v && strcmp(v, "monotonic") == 0) || !tsc_invariant() || !clocksource_is_tsc()) {
            __atomic_store_n(&cal.state, CLK_OFF, __ATOMIC_RELEASE);
        } else {
            cal.base_tsc = cal.next_tsc = tsc;
            cal.base_ns = cal.next_ns = ns;
            __atomic_store_n(&cal.state, CLK_CALIBRATING, __ATOMIC_RELEASE);
        }
    } else if (cal.state != CLK_OFF && ns - cal.base_ns >= CAL_FIRST_NS && (m = rate(tsc, ns))) {
        if (ns - cal.next_ns >= CAL_REBASE_NS) {
            /* Is the kernel's clock still the TSC? Once a second. */
            if (!clocksource_is_tsc()) {
                __atomic_store_n(&weft__tsc.window, 0, __ATOMIC_RELAXED);
                __atomic_store_n(&cal.state, CLK_OFF, __ATOMIC_RELEASE);
                __atomic_store_n(&cal.busy, 0, __ATOMIC_RELEASE);
                return;
            }
            cal.base_tsc = cal.next_tsc;
            cal.base_ns = cal.next_ns;
            cal.next_tsc = tsc;
            cal.next_ns = ns;
        }
        __atomic_store_n(&weft__tsc.mult, m, __ATOMIC_RELAXED);
        __atomic_store_n(&weft__tsc.window, (WINDOW_NS << 32) / m, __ATOMIC_RELAXED);
        __atomic_store_n(&cal.state, CLK_ON, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&cal.busy, 0, __ATOMIC_RELEASE);
}

uint64_t weft__now_slow(void)
{
    struct weft__tsc_anchor *a = &weft__tsc_at;
    uint64_t tsc, ns, m, lead = 0;
    int state = __atomic_load_n(&cal.state, __ATOMIC_ACQUIRE), saved, paired;

    if (state == CLK_OFF)
        return weft__now_mono();
    saved = errno;
    paired = read_pair(&tsc, &ns);
    if (paired)
        calibrate(tsc, ns);
    errno = saved;
    /* a->tsc == 0: no anchor yet, or one being rewritten (a signal handler's read). */
    if (a->tsc && a->mult) {
        uint64_t w = __atomic_load_n(&weft__tsc.window, __ATOMIC_RELAXED), d = tsc - a->tsc, last;

        /* This CPU's TSC a little behind the anchor's: keep the anchor. */
        if ((int64_t)d < 0)
            return a->ns;
        /* The most the old anchor could have returned: the new one starts no lower. */
        last = a->ns + (uint64_t)(((unsigned __int128)(d < w ? d : w) * a->mult) >> 32);
        if (last > ns) {
            lead = last - ns;
            ns = last;
        }
    }
    m = __atomic_load_n(&weft__tsc.mult, __ATOMIC_RELAXED);
    if (!paired || !m)
        return ns;
    a->tsc = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    a->ns = ns;
    /* Ahead of the kernel's clock: run slower for a window, to meet it at the window's end. */
    a->mult = lead < WINDOW_NS / 2 ? m - m * lead / WINDOW_NS : m / 2;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    a->tsc = tsc;
    return ns;
}
#else
uint64_t weft__now_slow(void)
{
    return weft__now_mono();
}
#endif
