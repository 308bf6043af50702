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
 * tracing added to a swapcontext.  When the kernel itself keeps CLOCK_MONOTONIC with the TSC
 * (clocksource "tsc": it found the TSC invariant and in step on every CPU, and its watchdog
 * would have switched clocksource otherwise) and the CPU says the TSC is invariant, each
 * thread extrapolates CLOCK_MONOTONIC from an anchor pair (tsc, ns) it takes with
 * clock_gettime, for one window (~1 ms of ticks), at the rate measured by this process:
 *
 *   - calibration: at the first read (the preload's constructor) clock_gettime is warmed up
 *     (its first call faults the vDSO pages in: ~10 000 ticks) and the closest of three pairs
 *     is the base; until 2 ms have passed every read is clock_gettime; then the rate is
 *     (ns - base_ns) / (tsc - base_tsc), remeasured at every new anchor, the base moving each
 *     second (a rate over the last 1-2 s: its error is ~1e-8, ~0.01 ns per window, and it
 *     follows NTP's slewing of CLOCK_MONOTONIC);
 *   - a pair is used when its two TSC reads are at most twice the closest pair seen (+32
 *     ticks) apart (a pair dates its anchor to within half that, ~10 ns); each refused pair
 *     raises that bar by an eighth, so a slower core is not refused for ever;
 *   - monotonic per thread: a new anchor starts no lower than its old one could have
 *     returned (each anchor keeps its own window), and one that starts ahead of clock_gettime
 *     runs slower for its window, to meet it at the window's end.  A read on a CPU whose TSC
 *     is a little behind the anchor's returns the anchor's start; a TSC that went far back
 *     (a reset) drops the anchor and restarts the calibration.  Durations are still taken
 *     with weft__since, which never wraps;
 *   - signal handlers: a thread marks its anchor `updating` while its slow path runs, and a
 *     handler's read meanwhile is plain clock_gettime and writes nothing; the fast path
 *     checks that the anchor's `tsc` did not change under its loads;
 *   - if an extrapolation misses clock_gettime by more than 20 us at the end of a window
 *     (the kernel moved off the TSC, or the TSC stopped ticking at a fixed rate), the TSC
 *     clock is off for the process, for good, and reads stay monotonic through each
 *     thread's `floor`.  No syscall looks for that: a program's seccomp filter may forbid
 *     open() once it runs.
 *
 * Everything else (another clocksource, another architecture, WEFT_CLOCK=monotonic in the
 * environment) reads clock_gettime as before.  Only raw syscalls here: open and read are our
 * own interposers.
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
#define DIVERGED_NS 20000ull     /* an extrapolation this far off: the TSC clock is wrong */
#define BEHIND_TICKS (1ull << 16) /* a TSC further behind an anchor than that went back */
/* Width (ticks) of the closest pair seen; see read_pair. */
static uint64_t pair_min = 1ull << 20;

uint64_t weft__now_mono(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

void weft__clock_after_fork(void)
{
    /* The thread that held it at the fork is not in this process. */
    __atomic_store_n(&cal.busy, 0, __ATOMIC_RELEASE);
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

/*
 * A (tsc, ns) pair read close together; 0 when its reads were too far apart (interrupted,
 * preempted), and *tsc is then the later read.  *width: the distance of the two reads.
 */
static int read_pair(uint64_t *tsc, uint64_t *ns, uint64_t *width)
{
    uint64_t t1 = __rdtsc(), t2, w, min;

    *ns = weft__now_mono();
    t2 = __rdtsc();
    *tsc = t2;
    *width = w = t2 - t1;
    min = __atomic_load_n(&pair_min, __ATOMIC_RELAXED);
    if (w < min)
        __atomic_store_n(&pair_min, min = w, __ATOMIC_RELAXED);
    if (w > 2 * min + 32) {
        __atomic_store_n(&pair_min, min + min / 8 + 1, __ATOMIC_RELAXED);
        return 0;
    }
    *tsc = t1 + w / 2;
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

/* The TSC clock is wrong or gone: every read is clock_gettime from now on. */
static void clock_off(void)
{
    __atomic_store_n(&weft__tsc.window, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&cal.state, CLK_OFF, __ATOMIC_RELEASE);
}

/* The base pair: clock_gettime warmed up first, then the closest of three pairs. */
static void take_base(void)
{
    uint64_t tsc, ns, w, best = UINT64_MAX;

    (void)weft__now_mono();
    for (int i = 0; i < 3; i++) {
        read_pair(&tsc, &ns, &w);
        if (w < best) {
            best = w;
            cal.base_tsc = cal.next_tsc = tsc;
            cal.base_ns = cal.next_ns = ns;
        }
    }
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
            clock_off();
        } else {
            take_base();
            __atomic_store_n(&cal.state, CLK_CALIBRATING, __ATOMIC_RELEASE);
        }
    } else if (cal.state != CLK_OFF && (int64_t)(tsc - cal.base_tsc) < 0) {
        /* The TSC went back (reset): measure again from here. */
        cal.base_tsc = cal.next_tsc = tsc;
        cal.base_ns = cal.next_ns = ns;
    } else if (cal.state != CLK_OFF && (int64_t)(ns - cal.base_ns) >= (int64_t)CAL_FIRST_NS &&
               (m = rate(tsc, ns))) {
        /* Signed: another thread may have moved the base past this pair meanwhile. */
        if ((int64_t)(ns - cal.next_ns) >= (int64_t)CAL_REBASE_NS) {
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

/* The most anchor A could have returned by TSC value tsc (its start if tsc is behind it). */
static uint64_t anchor_reach(const struct weft__tsc_anchor *a, uint64_t tsc)
{
    uint64_t d = tsc - a->tsc;

    if ((int64_t)d < 0)
        return a->ns;
    return a->ns + (uint64_t)(((unsigned __int128)(d < a->w ? d : a->w) * a->mult) >> 32);
}

/* A read after the TSC clock was turned off: clock_gettime, never below what this thread had. */
static uint64_t read_off(struct weft__tsc_anchor *a)
{
    uint64_t ns = weft__now_mono();

    if (a->tsc && a->mult) {
        uint64_t reach = anchor_reach(a, __rdtsc());

        if (reach > a->floor)
            a->floor = reach;
        a->tsc = 0;
    }
    if (ns < a->floor)
        return a->floor;
    a->floor = ns;
    return ns;
}

uint64_t weft__now_slow(void)
{
    struct weft__tsc_anchor *a = &weft__tsc_at;
    uint64_t tsc, ns, width, m, w, lead = 0;
    int state = __atomic_load_n(&cal.state, __ATOMIC_ACQUIRE), saved, paired;

    if (state == CLK_OFF) {
        if (!a->tsc && !a->floor)
            return weft__now_mono(); /* never had an anchor: clock_gettime is monotonic */
        return read_off(a);
    }
    /* A signal handler interrupting this thread's slow path: clock_gettime, and no writes. */
    if (a->updating)
        return weft__now_mono();
    saved = errno;
    a->updating = 1;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    paired = read_pair(&tsc, &ns, &width);
    if (paired)
        calibrate(tsc, ns);
    if (a->tsc && a->mult) {
        uint64_t d = tsc - a->tsc;

        if ((int64_t)d < 0 && -d < BEHIND_TICKS) {
            /* This CPU's TSC a little behind the anchor's: keep the anchor. */
            ns = a->ns;
            paired = 0;
        } else if ((int64_t)d >= 0 && d < 2 * a->w) {
            /* Still running at the window's end: is the extrapolation still the kernel's clock? */
            uint64_t at = a->ns + (uint64_t)(((unsigned __int128)d * a->mult) >> 32);

            if (paired && (at > ns + DIVERGED_NS || ns > at + DIVERGED_NS)) {
                clock_off();
                errno = saved;
                __atomic_signal_fence(__ATOMIC_SEQ_CST);
                a->updating = 0;
                return read_off(a);
            }
        }
        /* The new anchor starts no lower than the old one could have returned. */
        uint64_t reach = anchor_reach(a, tsc);
        if (reach > ns) {
            lead = reach - ns;
            ns = reach;
        }
    }
    if (a->floor > ns)
        ns = a->floor;
    errno = saved;
    m = __atomic_load_n(&weft__tsc.mult, __ATOMIC_RELAXED);
    w = __atomic_load_n(&weft__tsc.window, __ATOMIC_RELAXED);
    if (paired && m && w) {
        a->tsc = 0;
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        a->ns = ns;
        /* Ahead of the kernel's clock: run slower for a window, to meet it at the window's end. */
        a->mult = lead < WINDOW_NS / 2 ? m - m * lead / WINDOW_NS : m / 2;
        a->w = w;
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        a->tsc = tsc;
    }
    a->floor = ns;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    a->updating = 0;
    return ns;
}
#else
uint64_t weft__now_slow(void)
{
    return weft__now_mono();
}
#endif
