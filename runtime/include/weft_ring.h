/* The shared-memory ring file format: the contract between the traced process (runtime/) and the collector. */
#ifndef WEFT_RING_H
#define WEFT_RING_H

#include <stdint.h>

/*
 * Layout.  `weft run` (or the first traced process, without `weft run`) makes a
 * directory on tmpfs and passes it in the environment as WEFT_DIR.  Every traced
 * thread owns one file there, named "<pid>-<proc_start_ns>-<tid>.ring" (or, when a file of
 * that name still exists because the kernel reused the tid, "<pid>-<proc_start_ns>-<tid>-<n>.ring"
 * with the smallest free n >= 1; a reader takes the tid from the header), created by
 * the thread itself when it starts (a process's main thread when the process starts or
 * forks; a thread that predates the tracer on its first event) and sized once:
 *
 *   struct weft_ring_header                      (offset 0, 4096 bytes)
 *   struct weft_call_counter  calls[WEFT_CALL_MAX]   at header.calls_off
 *   struct weft_lock_stat     locks[locks_cap]       at header.locks_off
 *   struct weft_order_edge    order[order_cap]       at header.order_off
 *   struct weft_event         events[capacity]       at header.events_off
 *
 * Each process also writes one "<pid>-<proc_start_ns>.proc" file (struct
 * weft_proc_file) when it starts, updated when it exits.  The files live in
 * shared memory, so everything a thread published survives SIGKILL of the process.
 *
 * Protocol.  The owning thread is the only producer of its ring: it writes the
 * event at events[head % capacity] and then stores head+1 with release order.  The
 * collector is the only consumer: it reads head with acquire order, copies the
 * events, then stores tail with release order.  When head - tail == capacity the
 * producer waits a bounded time for room (see "Waking the collector" below), then drops
 * the event and increments `dropped`.  Counter
 * tables are written only by the owning thread, with relaxed stores of whole
 * 64-bit fields; the collector reads them after the thread ended (state ==
 * WEFT_THREAD_DONE or its process is gone), so they need no further ordering.
 * Times are CLOCK_MONOTONIC nanoseconds, one clock for all processes.
 *
 * In-flight calls.  Before a blocking call that it times (the slow path only: a
 * lock that would block, a wait, blocking I/O, a sleep), the owning thread stores
 * the call's start, object and site into the inflight_* fields with plain stores,
 * then stores inflight_call with release order; after the call returned and its
 * event (if any) was published, it stores inflight_call = 0.  A call made while
 * the slot is taken (by a signal handler interrupting a blocking call) leaves the
 * slot alone.  When the collector finalizes a thread whose inflight_call is not 0
 * (read with acquire order), the thread died or its process ended while blocked
 * in that call: unless the last event of the ring is that very call (same call and
 * start: it returned, the thread died before clearing), or, when `features` has
 * WEFT_RING_F_INFLIGHT_COUNT, the call's counter moved past inflight_count (it returned and
 * was counted, too short for an event), the collector stores it as an event from inflight_ts
 * to the thread's end that did not return.  These fields were appended in version 1; older
 * rings have them 0 (never in flight).
 *
 * Recycling (version 2).  Creating, mapping, unmapping and deleting one file per thread
 * (and, for the collector, finding, mapping, unmapping and deleting it) cost a program
 * that starts threads by the thousand more than the rest of its tracing: munmap flushes
 * TLBs on every CPU the process runs on.  So a process keeps up to WEFT_RING_POOL_MAX of
 * its ring files mapped after their threads ended, marked WEFT_RING_F_RECYCLE in
 * `features`, and hands them to new threads of the same process once the collector is
 * done with them:
 *
 *   LIVE -> DONE        the owning thread ends (as without recycling)
 *   DONE -> FREE        collector: every event drained and stored, the counters read, the
 *                       calls, locks and order tables zeroed (and the event pages of a
 *                       well-used ring given back to tmpfs); then state = FREE (release)
 *                       and proc_file.free_rings += 1.  From here on the collector reads
 *                       only `state`, and never writes the ring again.
 *   FREE -> INIT        a starting thread of the same process claims it with a
 *                       compare-and-swap (acquire), free_rings -= 1
 *   INIT -> LIVE        it rewrites tid, start_ns, head = tail = 0, dropped, the
 *                       overflow counts, end_ns, cpu_ns, inflight_*, locks_used,
 *                       order_used, generation + 1, then state = LIVE (release)
 *
 * The collector keeps the FREE rings it handed back mapped and watches their `state`:
 * LIVE or DONE there means a new thread (tid, start_ns and generation from the header,
 * tail 0), which it drains like a new file.  INIT is never read as a thread: a process
 * killed during re-initialization leaves a ring in INIT with no event in it (the new
 * thread publishes nothing before LIVE), which the collector deletes with the process's
 * other FREE rings when the process is gone.  The file name keeps the tid of the thread
 * that created it.  Without a collector (WEFT_DIR alone) nothing becomes FREE, and
 * rings are used once, as in version 1.
 *
 * Waking the collector.  The collector's drainer sleeps between rounds, longer (up to
 * 16 ms) while the rings it empties are nearly empty, so that it seldom preempts the
 * program.  A producer whose ring fills faster wakes it: the collector makes
 * "<dir>/" WEFT_WAKE_FILE (struct weft_wake_file, mode 0666) before the program runs;
 * whenever an emit takes a ring's fill (head - tail) across a quarter of its capacity
 * (1/4, 1/2, 3/4), the producer maps that file (once per process) and, if `sleeping`
 * is set, increments `seq` and FUTEX_WAKEs it (a shared futex: several processes).  The
 * drainer reads seq, sets sleeping, and FUTEX_WAITs on seq with its timeout.  A wake
 * lost to that race is caught by the drainer looking at the rings once more after
 * setting sleeping (both sides fence), and the next quarter wakes again anyway.
 * A producer whose ring is full wakes the drainer too, at its first drop and every
 * 1024th, and before dropping it waits for room, at most WEFT_FULL_WAIT_US (default
 * 8000: two 4 ms ticks; 0: drop at once), napping 20 us at first and up to 320 us (a
 * CPU left idle that long can take over a drainer queued on the other one).  After a
 * wait that timed out it drops without waiting until the tail moves again; nor does it
 * wait while the collector sets `backlog` (its in-memory queue is at its cap and it
 * leaves events in the rings on purpose: waiting would slow the program to the speed
 * of SQLite).  Why wait at all: the scheduler may leave a woken drainer waiting for a
 * 4 ms tick while a ring written at 5 M events/s fills in 3.3 ms, and such a program
 * then loses events in bursts whenever the machine is busy.  Without the file (no
 * collector, e.g. WEFT_DIR alone) producers neither wake nor wait; nor once the process
 * `collector_pid` names is gone (weft run killed: nothing will empty the rings again,
 * and a wait per full ring would slow every thread of the program by 8 ms).  A collector
 * that is a zombie not yet reaped (state Z or X in /proc/PID/stat) counts as gone too.
 */

#define WEFT_RING_MAGIC 0x57454654524e4731ull /* "WEFTRNG1" */
#define WEFT_PROC_MAGIC 0x5745465450524331ull /* "WEFTPRC1" */
#define WEFT_RING_VERSION 2u /* 2: recycling (generation, FREE/INIT, free_rings) */

/* Default sizes: about 1.3 MiB of shared memory per thread. */
#define WEFT_RING_DEFAULT_CAPACITY 16384u /* events, a power of two */
#define WEFT_LOCKS_CAP 1024u              /* open-addressed by lock address */
#define WEFT_ORDER_CAP 1024u              /* open-addressed by (held, acquired) */

enum weft_thread_state {
    WEFT_THREAD_LIVE = 1,
    WEFT_THREAD_DONE = 2, /* the thread ended; its file is complete */
    WEFT_THREAD_FREE = 3, /* recycling: the collector is done with it; a new thread may claim it */
    WEFT_THREAD_INIT = 4  /* recycling: claimed, being re-initialized; holds no event */
};

/* Rings a process keeps mapped for reuse after their threads ended (see Recycling). */
#define WEFT_RING_POOL_MAX 128u

/*
 * One event, 64 bytes, no pointers that the collector would follow.
 * For call == WEFT_CALL_TEXT the 48 bytes after `err` are text (not
 * NUL-terminated when full) continuing the string of the previous non-text
 * event of the same ring; `err` then holds the number of valid bytes.
 * Which string an event carries (path, peer, thread name, symbol, mark name) is
 * given per call in docs/trace-schema.md.
 */
struct weft_event {
    uint64_t ts;       /* start, ns */
    uint16_t call;     /* enum weft_call */
    uint16_t fd_kind;  /* enum weft_fd_kind */
    int32_t err;       /* errno after the call, 0 when it succeeded */
    union {
        struct {
            uint64_t dur;  /* ns; 0 for instant records */
            uint64_t obj;  /* fd, lock address, coroutine id, child pid, channel */
            uint64_t obj2; /* second object: cond's mutex, target coroutine, new tid */
            int64_t ret;   /* return value (bytes for I/O) */
            uint64_t site; /* return address of the interposed call */
            uint32_t aux;  /* holder tid for locks, flags otherwise */
            uint32_t coro; /* coroutine running on this thread, 0 = the thread's own stack */
        } e;
        char text[48];
    } u;
};

/* Per call counters: every call, short or long, is counted here. */
struct weft_call_counter {
    uint64_t count;    /* calls */
    uint64_t total_ns; /* summed duration (0 for calls not timed) */
    uint64_t max_ns;
    uint64_t errors;   /* calls that returned an error */
    uint64_t bytes;    /* bytes moved, for I/O calls */
    uint64_t recorded; /* calls that were long enough to become an event */
    uint64_t pad[2];
};

/* Per lock counters for this thread; key addr == 0 means the slot is free. */
struct weft_lock_stat {
    uint64_t addr;         /* lock address in the traced process */
    uint32_t kind;         /* enum weft_call of its first acquisition */
    uint32_t pad;
    uint64_t acquisitions;
    uint64_t contended;    /* acquisitions that had to wait */
    uint64_t wait_total_ns;
    uint64_t wait_max_ns;
    uint64_t hold_total_ns;
    uint64_t hold_max_ns;
};

/* "acquired was taken while held was held", first seen at these sites. */
struct weft_order_edge {
    uint64_t held;     /* lock address; 0 = free slot */
    uint64_t acquired;
    uint64_t held_site;
    uint64_t acquired_site;
    uint64_t count;
    uint64_t first_ts;
};

struct weft_ring_header {
    uint64_t magic;          /* WEFT_RING_MAGIC */
    uint32_t version;        /* WEFT_RING_VERSION */
    int32_t pid;
    int32_t tid;
    uint32_t capacity;       /* events; a power of two */
    uint64_t proc_start_ns;  /* with pid, names the process incarnation */
    uint64_t start_ns;       /* thread start (or first event if it predates us) */
    uint64_t calls_off, locks_off, order_off, events_off; /* byte offsets */
    uint32_t locks_cap, order_cap;
    uint64_t file_size;
    _Alignas(64) volatile uint64_t head;    /* producer: next index to write */
    _Alignas(64) volatile uint64_t tail;    /* consumer: next index to read */
    _Alignas(64) volatile uint64_t dropped; /* events lost to a full ring */
    volatile uint64_t locks_overflow;       /* lock stats that found no slot */
    volatile uint64_t order_overflow;
    volatile uint32_t state;                /* enum weft_thread_state */
    volatile uint32_t pad0;
    volatile uint64_t end_ns;
    volatile uint64_t cpu_ns;               /* thread CPU time at end */
    /* The blocking call in progress, see "In-flight calls" above. */
    _Alignas(64) volatile uint32_t inflight_call; /* enum weft_call; 0: none */
    uint16_t inflight_fd_kind;              /* enum weft_fd_kind when known, else 0 */
    uint16_t inflight_pad;
    uint32_t inflight_aux;                  /* holder tid of a lock wait */
    uint32_t inflight_coro;                 /* coroutine running the call */
    uint64_t inflight_ts;                   /* when the call began */
    uint64_t inflight_obj, inflight_obj2;   /* as the event's obj/obj2 */
    uint64_t inflight_site;                 /* return address of the call */
    /*
     * Appended in version 1 too.  With WEFT_RING_F_USED set, locks_used and order_used
     * count the table slots taken, so a reader can skip empty tables without touching
     * their pages (on tmpfs, reading a hole through a shared mapping allocates a page).
     * Without it (older producers) a reader must scan the tables.
     */
    uint32_t features;                      /* WEFT_RING_F_* */
    volatile uint32_t locks_used;           /* slots taken in locks[] */
    volatile uint32_t order_used;           /* slots taken in order[] */
    /* Version 2, see Recycling. */
    volatile uint32_t generation;           /* 0 for a new file, +1 at each reuse */
    uint32_t pad1;
    /*
     * Appended in version 2, after its first producers: with WEFT_RING_F_INFLIGHT_COUNT set,
     * calls[inflight_call].count when the in-flight call began, stored before inflight_call.
     * A producer counts a call that returned before it clears the slot, so a count past this
     * one means the call returned (and was counted) and the thread died before clearing: it
     * is not an unreturned call.  (A signal handler's call of the same kind made during the
     * blocked call counts too: that blocked call is then taken as returned.)  Without the bit
     * (a version 2 producer from before it) the field reads 0 and means nothing: a reader must
     * not compare counts, or it would skip every real unreturned call whose counter is not 0.
     */
    uint64_t inflight_count;
};

#define WEFT_RING_F_USED 1u    /* locks_used and order_used are maintained */
#define WEFT_RING_F_RECYCLE 2u /* the producer keeps the file mapped and reuses it once FREE */
#define WEFT_RING_F_INFLIGHT_COUNT 4u /* inflight_count is maintained */

/* "<dir>/drainer.wake": the drainer's wake-up word, see "Waking the collector". */
#define WEFT_WAKE_FILE "drainer.wake"
#define WEFT_WAKE_MAGIC 0x5745465457414b31ull /* "WEFTWAK1" */
struct weft_wake_file {
    uint64_t magic;             /* WEFT_WAKE_MAGIC, written last by the collector */
    volatile uint32_t seq;      /* the futex word: +1 per wake */
    volatile uint32_t sleeping; /* 1 while the drainer waits on seq */
    volatile uint32_t backlog;  /* 1 while the collector's queue is at its cap: do not wait */
    int32_t collector_pid;      /* the collector's process, written before magic; 0: unknown */
};

/* The process file. Strings are NUL-terminated, truncated to fit. */
struct weft_proc_file {
    uint64_t magic;           /* WEFT_PROC_MAGIC */
    uint32_t version;
    int32_t pid;
    int32_t ppid;
    int32_t pad;
    uint64_t proc_start_ns;   /* when this image started (after exec: the exec) */
    uint64_t parent_start_ns; /* parent's proc_start_ns when the parent was traced */
    uint64_t exec_from_start_ns; /* nonzero: this image replaced pid's earlier image */
    volatile uint64_t end_ns;       /* 0 while running */
    volatile int32_t exit_code;     /* valid when exited == 1 */
    volatile int32_t exited;        /* 1: exit()/return from main seen */
    uint64_t maps_off;        /* offset of a text copy of /proc/self/maps, 0 if none */
    uint64_t maps_len;
    char exe[512];
    char argv[4096];          /* arguments separated by NUL, ends with two NULs */
    /* Version 2: rings of this process in state FREE (a hint for the producer, which
     * scans its pool only when it is positive; it may be briefly off by the one ring
     * being claimed or freed). */
    volatile int32_t free_rings;
    /* Appended later in version 2: the path the process executed (AT_EXECFN, made absolute),
     * which names a symlink by its own name (Debian's redis-server -> redis-check-rdb), when it
     * leads to exe; empty otherwise (a reader then uses exe). */
    char execfn[512];
};

#endif
