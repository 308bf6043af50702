/* Private header of the whole-program pass (program.c and the files it is split into): its types, limits and shared functions. */
#ifndef WEFT_STATIC_PROGRAM_INTERNAL_H
#define WEFT_STATIC_PROGRAM_INTERNAL_H

#include "lockset.h"
#include "program.h"

#include <stddef.h>
#include <stdint.h>

#define MAXDEPTH 48    /* call depth followed */
#define BUDGET 40000000     /* operations interpreted per program before giving up */
#define CTX_BUDGET 4000000  /* ... and per thread entry, so one entry cannot starve the others */

/*
 * An operation as the pass sees it: the fact (never changed by the pass) and what linking
 * derived from it (link.c's prepare), so that interpreting compares integers.
 *   ia: the interned key the op is about: an access's location, a lock's key, a callee's
 *       USR, the slot called through, a create's or join's handle, an if's local
 *   ib: an access's text, a lock's text, a callee's name, a create's entry (USR or slot)
 *   ic: an access's type key, a create's entry text
 *   args: a call's argument keys (< -1: the caller's parameter -(v + 2), -1 none); a
 *       create's argument object; an access's constant index; an if on a global
 *       integer's comparison (1), literal (2) and global (3); a setjmp's buffer (0); a
 *       case label's value (1, INT_MIN: any)
 */
struct pop {
    const struct weft__op *f;
    int ia, ib, ic, ifile, args[4];
    int pslot[6];     /* a call: the slots of the callee's parameters, for functions passed to it (bsearch's 5th) */
    unsigned char abits[4]; /* a call: its arguments' conversion widths (weft__arg.bits) */
    signed char pidx; /* a lock, create or access through a parameter: its position, else -1 */
    signed char bstarts; /* a loop: its body starts threads (itself or through calls), 1/0; -1 not known yet */
    char typed;       /* an access: memory by type; a lock: 1 for "m[*]", 2 for "m[@pN]" */
    char alias;       /* an access: may alias memory reached by type */
    char pointed;     /* an access through a global pointer that holds what its initializer gave
                         it (link_points): its key (ia) is that object's */
    char hdirty;      /* a create: its handle field may hold another thread by now (link_handle_fields) */
    char kind;        /* f->kind, read at every step without touching the fact */
    /* An access's region and ownership: guard id + 1 (0 none, -(N + 1) the caller's guard
     * of parameter N) and the element lock ("m[*]") that must be held for it; ocls 0 or 1
     * (own through parameter oq) when the parameter's memory is owned, else -1. A call's:
     * reg, its index in p->regs (-1 none: calls are many, these rare). A lock's: gstar. */
    signed char ocls, oq;
    int guard, gstar, reg;
    char gself; /* an access's guard is its element's own (a[v] itself): regions linked or not */
    int root; /* an access: the global root of memory reached by type, id + 1 (0 none) */
    int vtype; /* an access: its value's type key ("t:int"), -1 none */
    int ukey;  /* an access: the atomic counter its index came from, -1 none */
    int upath; /* an access below a union member: the members' path ("s.a"), -1 none */
    int ixv;   /* an access a[v] or a join of t[v], v a local: v's id (ixvar), -1 none */
    int pbase; /* an access A[v]->f: A's id (its pbase); a create: the array keeping its argument (sarr); -1 none */
    /* A call, by its callee's name (models.h), worked out once: a thread or sync API
     * call that may acquire (call_acquires); its event library (enum weft__event_family). */
    char lib_acquires, evfam;
    /* ... and: WEFT__CALL_* bits; the --lock-fn or builtin lock it takes or releases
     * (weft__pg_user_lock), NULL none, and which (uacq 1 acquire, 0 release) */
    unsigned char cflags;
    char uacq;
    const char *ulock;
};

enum weft__call_flags {
    WEFT__CALL_EXIT = 1,     /* exit() */
    WEFT__CALL_BARRIER = 2,  /* a barrier's init or wait */
    WEFT__CALL_LONGJMP = 4,  /* longjmp and kin */
    WEFT__CALL_IOVEC = 8,    /* readv, recvmsg ...: writes through its iovecs' pointers */
    WEFT__CALL_NO_WAIT = 16  /* a thread API call that waits for nothing (pthread_self ...) */
};

struct pfn {
    struct weft__fn *f;
    struct pop *ops; /* f->ops as prepared */
    int has_create; /* creates or joins threads, itself or through callees */
    int has_start;  /* creates threads, itself or through callees */
    int atomic;     /* matches an --atomic-fn pattern */
    int on_stack;     /* runs now: 1, or 2 in its run again for a recursive call (interp.c) */
    int stack_args[4]; /* the arguments of its outer run now on the stack */
};

/* What the pass saw a thread (or main) do that bears on how sure its races are. */
enum {
    WEFT__SYNC_ATOMIC = 1,     /* atomic accesses: may be a hand-off or a lock built from atomics */
    WEFT__SYNC_UNMODELED = 2,  /* semaphores, condition variables, fences, signals (models.c) */
    WEFT__SYNC_BARRIER = 4,    /* barrier waits */
    WEFT__SYNC_THREADS = 8,    /* creates or joins threads other than main's */
    WEFT__SYNC_IMPRECISE = 16, /* a call not followed or a function pointer not resolved */
    WEFT__SYNC_JUMP = 32,      /* longjmp */
    WEFT__SYNC_WAIT = 64       /* a loop that repeats on a condition: it may wait for a flag */
};
struct ctxinfo {
    unsigned sync;        /* WEFT__SYNC_* bits */
    const char *what;     /* the first unmodeled synchronization seen ("a semaphore") */
    struct lockset used;  /* locks it ever takes (ids; write bit set) ... */
    char used_over;       /* ... more than a lock set holds */
};

struct entry {
    int fn, arg; /* function, and the location its argument points at (-1 unknown) */
    int cond;    /* the condition it was started under, as entry_get was given it */
    /* fn is a trampoline (yarn's ignition) that calls through slot rslot the routine its
     * starter was handed: real, that routine, for this thread (-1: fn is the routine) */
    int real, rslot;
    int next;    /* the next entry of the same function, or -1 */
    int creates, in_loop, nonmain, multi;
    /* An instance may still run when another starts: a start while one may run, a loop
     * whose body ends with one running, a start by another thread or in a callback (which
     * may run often). Else a loop's instances follow one another (create; join; per pass). */
    char overlap;
    char detached; /* it may be detached (a detached attribute, its handle detached): a join ends it not */
    int ended;     /* a thread surely joined it: the id of "<ended E>" it acquired then, + 1; 0 none */
    long nmax; /* at most this many instances start (each start's count summed), -1 not known */
    uint64_t cseq; /* p->cseq at its latest start */
    /* The one thread that starts this one (entry index), -1 none yet, -2 several or unknown
     * (main counts as one more starter, through main_created). */
    int parent, main_created;
    uint64_t starters[MAXE / 64]; /* the threads other than main that start it (entry indexes) */
    char starters_lost;           /* ... one of them past MAXE, not in the set */
    int escapes; /* its starting thread may return before joining it */
    unsigned char syncd0; /* what its starters may have done before a start (struct st syncd) */
    uint64_t jb[MAXE / 64]; /* threads a starter of it had joined before a start (their sync counts too) */
    /* Main joined it (through a handle another thread filled) while holding these since it
     * started the thread this one descends from, and released none before surely joining it. */
    struct lockset jl;
    int jl_init;
    int ckey;    /* started only under an if on this key (-1 none, -2 several) ... */
    char cval;   /* ... taking the branch for this value */
    struct lockset inh_acq; /* locks its starter had surely acquired at every start */
    int inh_init;
    /* Locks main held at every start of this thread and kept until it was joined (or for
     * good): the thread runs inside main's critical section, excluded from other threads. */
    struct lockset prot;
    int prot_init;
    struct lockset since; /* locks main has held without a break since it started this thread */
    struct lockset cl;    /* locks main held at every start of this thread (never reduced by unlocks) */
    /* The one create site that starts it, when that site gives each instance its own array
     * element (a loop of main over &a[i]); NULL when none or several sites start it. */
    const struct pop *dop;
    int dop_init;
    int dpath; /* dop in a create wrapper: the call path to it (its caller's loop is the one) */
    /* dop, when its loop runs once (main's, not in a callee or another loop) and stores each
     * iteration's counter into what it hands the thread (create.dval): values no two share */
    const struct pop *vop;
    uint64_t co[MAXE / 64]; /* entries that may run at the same time */
    /* Surely: the times main surely started it (unconditionally, not in a loop, one known
     * function); mco: entries surely running while it surely runs (itself: two instances). */
    int surely;
    uint64_t mco[MAXE / 64];
    /* entries each pass of the loop that started this one joined, element by element, before
     * starting this one into the same element (join(h[i]); create(&h[i], ...)): instance k of
     * this one runs beside their instances after k only */
    uint64_t succ[MAXE / 64];
    int pending_self; /* started n >= 2 times by a counting loop: two run at once if the loop ends with it running */
    /* Started by main's one counting loop, surely, each instance handed the index of its
     * handle t[k] as its value (rok): the instances [rlo, rhi) no join may have ended yet
     * (main's joins so far, on any path); rstarts counts the sure loop starts. */
    char rok;
    char rall; /* as rok when it started: the instances [rlo0, rhi0) were all started, joins aside */
    int rstarts;
    long rlo, rhi, rlo0, rhi0; /* (rlo0, rhi0: the range it started) */
    /* As rok, rlo... for a sure counting loop of main's that hands its instances anything:
     * some instance of [slo, shi) surely runs on (no join may have ended it yet). */
    char sok;
    long slo, shi, slo0, shi0;
    struct ctxinfo info;
};

struct acc {
    int loc, tloc, file, text, ctx;
    int idx; /* constant index into the global array loc names, or -1 */
    unsigned line, col;
    char mode, atomic, sup, racy, typed, alias;
    unsigned char syncd; /* struct st's at the access: what may order it that the pass does not see */
    char own; /* through its thread's argument, which points at that instance's own element */
    int root; /* memory by type reached from a global root: the root's id + 1, 0 none */
    struct lockset ls, acq;
    uint64_t live[MAXE / 64];
    uint64_t before[MAXE / 64]; /* main: threads that cannot pass a lock main held since starting them */
    uint64_t started[MAXE / 64];
    struct lockset bmay;
    struct lockset fst; /* flags its thread may have stored so far (struct st) */
    char unsure, lockdrop, vidx; /* see struct st; vidx: an array element by a varying index */
    char velem;    /* of vidx's: surely an array's element (g[i], or what &a[i] points at), not just through a pointer */
    int slock;     /* made holding the lock of the object it reaches (p->f under p->m, self_lock in
                      interp_access.c): id + 1 of "TLOC|.f#.m"; 0 none */
    char slockw;   /* ... held for writing (a mutex; not an rwlock's read side) */
    int slockid;   /* ... that lock's id (as ls names it) */
    char vol, ext; /* a volatile object; passed by address to a function without a body */
    char tls;      /* a thread-local variable whose address is taken somewhere */
    char libc;     /* a C library call's access of its own state (weft__access libc 1) */
    char freed;    /* free() or realloc() of the object (weft__access libc 2) */
    char copy;     /* a typed access copied into a field's type group (findings.c) */
    int path;      /* the call path it was first reached by (ci.path) */
    char part;     /* through a cast or pointer arithmetic from an object ("R~"): 1, its copy into one of R's locations 2 */
    char tcall;    /* its thread reaches it only through a call matched by type (tcall.c) */
    int fn;        /* the function it is in */
    int vtype;     /* its value's type key, -1 none */
    int sbt;       /* the type of the object g.f or p->f is in ("struct dev", weft__access sbtype), -1 none */
    int ukey;      /* g[id], id from this atomic counter: no other fetch gave that element, -1 none */
    int upath;     /* below a union member: the members' path ("s.a"), -1 none */
    char ownframe; /* a local ("o:") of a frame on its own thread's call stack: each instance's own */
    char iter;     /* an element a[i] with i the counter of the for loop around it */
    int rgn;       /* ci.rgn where it was made: the same access in two regions is two records, so
                      that the accesses of a region run again are all recorded in it */
    char lcopy;    /* a copy made at a loop's end for its next iterations, with the threads the body started
                      (1), or for its earlier iterations, with the threads the body joined (2; 3 for an
                      element by the joined handle's index), or at a goto back to a label (4) */
    int ixv;       /* an element a[v] by a local v: v's id, -1 none */
    int pbase;     /* through A[v] (A[v]->f), A a local array of pointers: A's id, -1 none (ixv is v) */
    /* The elements it reaches (ex_affine.c): aff 1 elements alo to ahi; 2 am*V + [alo, ahi] with
     * V a value no other instance of its thread was given (av: 1 its argument, 2 + id of the
     * part read where the argument points); 3 alo plus a multiple of amod; 0 not known. */
    char aff;
    int av;
    long am, alo, ahi;
    long ast;      /* aff 2: two instances' values V differ by a multiple of ast (at least 1) */
    long amod;     /* > 0: plus any multiple of amod (a stride) */
    char arem;     /* aff 2: exactly (am*V + alo) % amod, C's remainder (ex_affine.c) */
    long vspan;    /* aff 2: the instances' values V lie within vspan of one another; -1 not known */
    char crng;     /* 1: whatever V is, it reaches only elements clo to chi */
    long clo, chi;
    uint64_t mlive[MAXE / 64];   /* main's access: the threads surely running then */
    int rent;                    /* main's access: an entry (struct entry rok) whose instances */
    long rlo, rhi;               /* [rlo, rhi) surely run then (rent -1: none) */
};

/* A memoized run: only what such a run can change (it started, joined and waited on
 * nothing, so started and bmay stay the caller's; acq grows by gain). Kept small: the
 * table is large and touched at random. */
#define MEMO_STAR 3
struct memo {
    uint64_t key;
    struct lockset ls, gain; /* locks held after it; locks it surely acquired beyond those it started with */
    struct relock rec;
    uint64_t live[MAXE / 64];
    uint64_t mlive[MAXE / 64]; /* main: the threads surely running after it */
    int dead, used;
    char lockdrop;             /* a lock held on some of its paths only */
    char maybe_exit;           /* a path of it ended the run on its inputs (struct st) */
    char ndhang;               /* it may have stopped for good (struct st) */
    unsigned char syncd;       /* struct st's after it */
    int ngf;                   /* what its paths say of globals' values after it */
    struct gfact gf[MAXG];
    uint32_t star[MEMO_STAR]; /* element locks held after it (a run ending with more is not memoized) */
    unsigned char nstar;
    unsigned char fbits; /* the flags (prog.flags, by index) it may have stored by its end */
    int log; /* its run joined threads in main: 1 + index of its join log in p->logs, else 0 */
    int pacq; /* struct st's after it: the locks it took through its parameters */
    uint32_t self[4]; /* ... and the first of st.self's after it (the locks of its parameters' objects held) */
    unsigned char nself;
    char unlk; /* ... and whether it released a lock */
};

/* A join by main, as main_join saw it: replayed when a memoized run that made it is reused. */
struct jev {
    int handle;
    struct lockset ls;        /* locks held at the join */
    uint64_t live[MAXE / 64]; /* threads that may be running there */
};

/* What a memoized run of main that joined threads did beyond its state: the handles main
 * surely joined after it (mj), and its joins' events p->jev[ev0 .. ev0 + nev). */
struct jlog {
    struct lockset mj;
    size_t ev0, nev;
};

/* Main joined handle while it had held these locks since starting root (still running). */
struct mjoin {
    int handle, root;
    struct lockset held;
};

struct jmpst {
    int env, ctx;
    int armed; /* 1 collecting (inside if (!setjmp(env))), 2 taken */
    struct st s;
    /* The same by the value longjmp passes (INT_MIN: not a literal, or too many), for
     * switch (setjmp(env)). */
    int nv, val[4];
    struct st vs[4];
};

#define WAITS_MANY 1000000L /* a wait in a loop, or by a thread that runs many times */

struct bwait {
    int ctx;    /* waiting thread (-1 main) */
    long waits; /* wait calls interpreted there */
};

struct barrier {
    int id;
    long count; /* from pthread_barrier_init with a literal count; 0 unknown, -1 inconsistent */
    struct bwait w[16];
    int nw, overflow;
};

/* What the creates and joins of one handle (a variable, or an array of them) did, so that a
 * join counts as joining its threads only when it surely joins every one of them. */
struct hstate {
    int id;
    int pending; /* a plain handle holds a thread not joined yet ... */
    int lost;    /* ... and a thread was lost: created again before a join, or elements created twice */
    int loopc;   /* a plain handle created in a loop at this depth (1 + ci.loop), else 0 */
    int cset, cunk; /* elements [clo, chi) created; some element by an unknown index */
    long clo, chi;
    int jset, jbroken; /* elements [jlo, jhi) joined; joins that left a gap */
    long jlo, jhi;
    int done; /* the last join surely joined every element created: the next create starts anew */
    uint64_t gen[MAXE / 64]; /* entries created into it since it started anew: what its joins end */
    /* the elements [rlo, rhi) each entry re of this round was created into, by constant bounds
     * (nr of them; rbad: more, or some by other bounds), for a join of some of the elements */
    int nr, rbad, re[4];
    long rlo[4], rhi[4];
    uint64_t old[MAXE / 64]; /* entries of its earlier rounds (one created again: lost) */
};

struct slotres {
    int *fns;
    size_t n, cap;
    int state; /* 0 not done, 1 in progress, 2 done */
};

#define MAXFLAG 8 /* (flag may-sets are lock sets, memo.fbits a byte) */
_Static_assert(MAXFLAG <= MAXL && MAXFLAG <= 8, "flags fit a lock set and a byte");
#define FLAG_NONE (-2)
#define FLAG_MANY (-3)

struct prog {
    uint64_t cseq; /* thread starts so far (entry.cseq) */
    /* st.self across a call (do_call): the callee's entries to start with (the caller's own
     * object locks, named by the callee's parameters), and those it ended with */
    struct lockset seed_in, seed_out;
    int nrgn;      /* regions numbered so far (ci.rgn) */
    uint64_t *rgn_loop; /* the loop (function, op) of loop region i + 1, for its number */
    size_t nrgn_loop, caprgn_loop;
    struct weft__strtab S;
    const struct weft_check_config *cfg;
    struct pfn *fns;
    size_t nfns, capfns;
    struct pop *pops; /* every TU's ops, prepared (a function's are contiguous) */
    /* Global pointers that hold what their initializer gave them (&X, never stored to, never
     * addressed): the pointer's key, X's, and X's memory by type (link_points) */
    struct gpoint {
        const char *slot, *target, *tloc;
    } *gpoints;
    size_t ngpoints, capgpoints;
    size_t max_gtarget; /* the longest gpoint target (room for a key through it) */
    struct hstate *hst; /* by handle, in the order first created */
    size_t nhst, caphst;
    size_t npops;
    int *fn_of; /* string id -> fn index + 1 */
    size_t nfn_of;
    /* Every TU's facts outside functions; slot and target are their interned keys where
     * linking needs them (function bindings, address taken, thread ids), else -1. */
    struct pbind {
        const struct weft__fact *f;
        int slot, target;
    } *binds;
    size_t nbinds, capbinds;
    struct slotres *slots; /* by string id */
    size_t nslots;
    struct entry *entries;
    size_t nentries, capentries;
    int *entry_of; /* fn -> its latest entry + 1 (chained through entry.next) */
    int *work;
    size_t nwork, capwork;
    uint64_t *handles; /* by string id: bitset words of entries created with that handle */
    int *handle_ids;
    uint64_t *handle_bits;
    size_t nhandles, caphandles, caphb;
    struct acc *accs;
    size_t naccs, capaccs;
    uint64_t *acc_slots; /* index + 1 of the access, and the high half of its hash above it */
    /* Calls' regions and ownership per argument (op->reg): region guard id + 1 (cg) and the
     * element lock it needs (cs), as for an access; co 1 owned, 2 + N owned if parameter N is. */
    struct opreg {
        int cg[4], cs[4];
        signed char co[4];
    } *regs;
    size_t nregs, capregs;
    size_t nacc_slots;
    struct memo *memo;
    size_t nmemo;
    unsigned char *stored; /* by string id: a location some access writes without reading (not a fetch-and-add) */
    size_t nstored;
    int *void_locks; /* locks built from atomics that a relaxed store releases: they order nothing */
    size_t nvoid_locks, capvoid_locks;
    int *cast_locks; /* locks taken through a void * somewhere: maybe a struct's first member, named so elsewhere */
    size_t ncast_locks, capcast_locks;
    const char **lock_text; /* by string id */
    size_t nlock_text;
    const char **reasons;
    size_t nreasons, capreasons;
    long budget;
    int atomic_lock;
    int last_call_defined;
    /* A call's request that its callee's run keep its returns apart by the caller's test
     * (ci.rt, from weft__pg_on_call to do_call), and the run's answer: rs_ok, the states its
     * returns that take the test's then and else branches left with (interp.c). */
    char rt_req, rs_ok;
    signed char rt_cmp;
    long rt_val;
    struct st rs_then, rs_else;
    /* Call paths from thread entries: node N + 1 is a call of fn at site from node parent
     * (0: the entry itself); interned by (parent, fn, site) in an open-addressing table. */
    struct pnode {
        int parent, fn;
        const struct weft__op *site;
    } *pnodes;
    size_t npnodes, cappnodes;
    int *phash;
    size_t phcap;
    struct mjoin *mjoins; /* main's joins, for threads other threads started */
    size_t nmjoins, capmjoins;
    struct jmpst *jmps; /* per (jmp_buf, thread): states longjmp reaches setjmp with */
    size_t njmps, capjmps;
    struct barrier *bars; /* by barrier (lock id): its count and who waits on it */
    struct evreg *evregs; /* the event callbacks registered anywhere (interp_events.c) */
    size_t nevregs, capevregs;
    signed char evscan;   /* evregs gathered: 1, out of memory: -1, not yet 0 */
    char evloop[3];       /* by enum weft__event_family: a loop of it is run somewhere */
    /* Detached threads, whose joins fail at once (link_detaches): an attribute may be set
     * detached (setdetachstate given other than PTHREAD_CREATE_JOINABLE), a detach of
     * something not a handle (pthread_detach(pthread_self())) was seen; the handles detached */
    char detach_state, detach_unknown;
    int *detached_h;
    size_t ndetached_h, capdetached_h;
    size_t nbars, capbars;
    int cut; /* some call was not followed (recursion, depth, budget): waits may be missed */
    int *main_tid; /* globals holding main's own thread id only (main stored pthread_self()) */
    size_t nmain_tid, capmain_tid;
    int *alloc_hooks; /* allocator hooks that hold only library allocators (link_hooks) */
    size_t nalloc_hooks, capalloc_hooks;
    int main_end;  /* pseudo-lock "joined main": acquired by a thread whose join of main returned */
    /* Flags some loop spins on until an acquire load sees them set (ex_flag_wait.c): who
     * stores them, so that the waiter comes after what that one thread did before storing. */
    struct flag {
        int id;     /* the flag's location (string id) */
        int seen;   /* pseudo-lock in acq: the thread saw it set */
        int writer; /* the one thread that stores it (ctx), FLAG_NONE, or FLAG_MANY */
        int tloc;   /* its type's key: a write through a pointer of that type may be it */
        char bad;   /* a store orders nothing (not atomic, relaxed without a fence before it,
                       through code not analyzed): no hand-off */
        char typed; /* 0 not looked yet, 1 no write through a pointer may be it, 2 one may */
        char acquire, plain; /* waited for by atomic loads; by plain reads (then under a mutex) */
        char sem;            /* a semaphore's posts (ex_semaphore.c): only sem_post stores it */
        int rseen;           /* pseudo-lock in acq: seen by a relaxed load, not yet by a fence */
        char ginit, sinit;   /* guard and sguard set */
        struct lockset guard;  /* plain reads: the write locks every wait's read held */
        struct lockset sguard; /* the write locks every store held */
    } flags[MAXFLAG];
    int nflags;
    size_t ntus; /* translation units linked into the program */
    int relfence; /* pseudo-lock in acq: the thread surely passed a release fence */
    /* Ticket locks taken (serving word s, ticket counter n): a counter stored to once threads
     * run, or a word with two counters, gives tickets that may repeat (findings.c voids it). */
    struct ticket {
        int s, n;
    } *tickets;
    size_t ntickets, captickets;
    /* Creates, barrier waits, longjmps and threads' joins of main interpreted so far: a run
     * making one is not memoized (its effects must repeat). Other joins only change the state
     * and, in main, what main_join records: a run making them is memoized with a join log. */
    long thread_ops, joins;
    struct jev *jscr; /* main's joins made by the runs now on the stack, each run's deduplicated at its end */
    size_t njscr, capjscr;
    struct jev *jev; /* the join logs of memoized runs */
    size_t njev, capjev;
    struct jlog *logs;
    size_t nlogs, caplogs;
    int regions_linked; /* some store may link one element's region to another's: no region guards */
    int roots_linked;   /* some store may link one global root's memory to another's */
    int recursive_mutexes; /* some TU makes recursive mutexes (none error-checking): relocks count */
    int *rparent;       /* by string id: the global whose initializer names this one, + 1 (0 none) */
    size_t nrparent;
    /* Global integers' values over the whole run, by string id (only when some if tests
     * one against a literal): state 1 within [glo, ghi], else not known. */
    int has_bconds;
    long *glo, *ghi;
    struct ctxinfo main_info; /* what main does, as entries' info */
    unsigned char *gst;
    size_t ngv;
    /* ... and as threads see them: without the values main's stores made before it can
     * start any thread overwrote (the initializer under g = 4; pthread_create(...)) */
    long *tlo, *thi;
    unsigned char *tst;
    int *once; /* lock ids of once objects */
    signed char *once_single; /* by once index, once computed (mhp.c): 1 one object no store resets, 0 not */
    size_t nonce, caponce;
    int *addr_taken; /* by string id: 1 if a global's address is taken */
    unsigned char *gstores; /* by string id: how many stores to a global itself the program makes (2: more than one) */
    unsigned char *gparts;  /* by string id: 1 if the program stores to a field or an element of a global */
    int main_called; /* some function of the program calls main */
    /* threads a per-element join of an open loop pass ended (frame.rjoined of every open
     * pass): a start in this pass, through any call, runs beside their later instances */
    uint64_t pass_joined[MAXE / 64];
    int *etype;      /* by string id of a named location ("g:...@a", "g:...@s.f"): 1 + the type key id of its
                        accesses by name, -1 accessed by name as two types, 0 none (prepare.c) */
    size_t netype;
    size_t naddr;
    unsigned char *lock_escaped; /* by string id (< naddr): 1 if a global's address goes elsewhere than sync calls */
    unsigned char *tls_taken;    /* by string id (< naddr): 1 for a thread-local global whose address is taken */
    int *one_heap;               /* string ids of heap objects that are one object (FACT_ONE_HEAP), ... */
    int none_heap;               /* ... how many plus one (0: not gathered yet) */
    unsigned char *lock_ops;     /* by string id: 1 some LOCK op takes it, 2 one outside main does (certainty.c) */
    size_t nlock_ops;
    unsigned char *ptr_fixed;    /* by string id (< naddr): certainty.c's pointer_fixed, 1 yes, 2 no, 0 not asked */
    int no_main; /* a library: every uncalled function was taken as a thread entry */
    int thread_exit; /* a thread other than main may call exit(): destructors may run in it */
    int thread_joins; /* a thread other than main joins threads: main's order with them is not followed */
    int main_fn; /* main's index in fns, -1 without one */
    int oom;
};

/* What a call is interpreted under: its thread, enclosing loops, and what its caller passed. */
struct ci {
    int ctx;   /* entry, or -1 for main */
    int rgn;   /* the region run again that the call is in (a loop's body, code a goto back reruns)
                  in a function that may start threads; 0 none (struct acc.rgn) */
    int loop;  /* enclosing loops, callers included */
    int cbloop; /* ... of which a callback's "maybe often" (no loop of the code: no loop end) */
    int atomic;
    int depth;
    int args[4]; /* lock ids the caller passed, -1 unknown */
    int own;     /* bit N: parameter N is the thread's argument, its own array element */
    int ownf;    /* bit N: parameter N points at a local of a frame on this thread's own call stack */
    int dargs;   /* bit N: the call passed parameter N a different element each iteration of its loop */
    int rerun;   /* loops open (here or in callers) in a pass run again: thread starts and joins,
                    made in the first pass, are not made again */
    int owned;   /* bit N: the caller owns what parameter N points at (nobody else can reach it) */
    int guard[4], gstar[4]; /* parameter N's memory: its region guard id + 1 (0 none), the element lock it needs */
    int fn;      /* the function being run (its index in fns) */
    int fixargs; /* its call passed values every run computes alike (1), or read from shared
                    memory (3; CALL's args_fixed): its exits on its parameters are no error path */
    int path;    /* the call path from the thread's entry to it (see struct pnode), 0 at the entry */
    int ret;     /* the caller's variable its returned thread object goes to (CALL's ret): id + 1, 0 none */
    /* The caller tests what this run returns (if (probe(&d) == 0): an IF of kind RESULT right
     * after the call): returned value rtcmp rtval takes its then branch. Each return's state is
     * kept for the branch its value takes (icx.rt_then, rt_else). */
    char rt;
    signed char rtcmp;
    long rtval;
};

/* An open if, loop or switch of the call being interpreted. */
struct frame {
    char kind;
    int has_else;
    int jmp;  /* if (!setjmp(env)): env's id, its other branch is reached by longjmp only; else -1 */
    int key;  /* if on a local with one value per call ("v:" key id), else -1 */
    char val; /* the value (nonzero 1, zero 0) that takes the then branch */
    signed char fixed; /* an if on a global integer that always takes then (1) or else (0); else -1 */
    char argtest; /* an if on the thread entry's own argument, its value not known: fixed per instance */
    char asel;    /* an if on a parameter the caller gave a value assumed ("~N"): the branch
                     it selects (1 then, 0 else), where an exit is no error path; -1 none */
    char nondet;  /* an if on a fresh nondeterministic value: either branch on any run */
    int ndl;      /* ... on a nondeterministic local whose outcome the path does not decide: its
                     key (each branch narrows what the path says of it: st.nd), else -1 */
    char ndcmp, ndun; /* ... the test (v ndcmp ndk), and whether the local is unsigned */
    long ndk;
    long sav;     /* a switch on a parameter the caller gave a value assumed, or a constant: that value, else -1 */
    char ssel;    /* ... the path at the labels since the last is the one that value selects */
    char shalt;   /* ... and that path ended the thread or the program */
    char runs;         /* a loop whose body surely runs at least once */
    char counted;      /* a for loop counting to a bound fixed at its start (LOOP's loop_runs & 4) */
    char endless;      /* a loop whose test may never fail (LOOP's loop_runs & 16) */
    char returned;     /* a pass of the loop may have returned (no error path): what follows
                          the loop may not run */
    char rewaits;      /* a loop that surely runs whose body changes its counter (& 8): past its
                          first pass, it may have waited */
    signed char passes; /* a loop: how many times its body was run again (see weft__pg_on_endloop) */
    int start;          /* a loop: the index of its LOOP op */
    int opc;            /* the index of the op that opened it */
    int rgn0;           /* a loop: ci.rgn before it */
    size_t acc0;        /* a loop: the accesses recorded before this pass of its body */
    uint64_t cseq0;     /* a loop: p->cseq when its first pass began (threads started since) */
    uint64_t rjoined[MAXE / 64]; /* a loop: threads a join of an element by its pass (t[i]) ended
                                    in this pass: the later passes' elements still run */
    int rjh;            /* ... the handle those joins named (-2 several), and their elements */
    long rjlo, rjhi;
    struct st pre, then; /* a switch: its head, and the states its breaks leave with; a loop:
                            its head, and the states its breaks and continues leave with */
    const struct weft__switch *sw; /* a switch: its case labels (NULL for an if); has_else: it has a default label */
    const struct pop *gcond;       /* an if on a global integer: its op (path facts narrow its branches) */
    size_t jacc;                   /* a loop: the accesses recorded before its body's first join (SIZE_MAX none) */
    int jixv;                      /* ... and the local that join's handle index is (t[i]: i's id), -1 none */
};

/* "While the call runs, the lock l is held whenever the condition key has value val":
 * established where a top-level if on key took l in one branch only. */
struct cfact {
    uint32_t l; /* lock id << 1 | write */
    int key;
    char val;
};

#define MAXF 8

/* Per call: what path-correlated ifs need (threads started in this call, lock facts). */
struct corr {
    uint64_t mine[MAXE / 64];    /* entries this call started, not running when it began */
    uint64_t in_live[MAXE / 64]; /* entries running when it began */
    struct cfact f[MAXF];
    int nf;
};

/* A hash over 64-bit words (bit sets, packed fields): the hot path of the access table
 * and the memo, where byte-wise FNV over the bit sets took half the pass. In-memory only. */
static inline uint64_t mix(uint64_t h, const uint64_t *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= w[i];
        h *= 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    return h;
}

static inline uint64_t mix_ls(uint64_t h, const struct lockset *s)
{
    h = mix(h, &(uint64_t){(uint64_t)s->n}, 1);
    for (int i = 0; i < s->n; i++)
        h = mix(h, &(uint64_t){s->l[i]}, 1);
    return h;
}

/* One interpreted call's locals, handed to the handler of each of its operations. */
struct icx {
    struct prog *p;
    struct ci ci;       /* this call's context; ci.loop counts the loops open in it too */
    struct pfn *pf;     /* the function run */
    struct frame stack[64];
    int sp, lost;       /* open frames; frames past the stack's depth, skipped */
    struct st cur, ret; /* the state now, and the states its returns leave with */
    struct corr corr;
    int jumped; /* a longjmp left this call */
    int halted; /* a path ended in a call that does not return (HALT, or a callee that never returns) */
    char halt_unsided; /* a path ended (weft__pg_halted) not on the failure side of a value assumed */
    char ret_success;  /* a return on the side a value assumed takes */
    struct lockset in_acq; /* what the thread had surely acquired when this call began */
    size_t pc;   /* the index of the op being run */
    long jump;   /* set by an op: the index to run next (a loop run again), else -1 */
    int again;   /* the pass the loop about to open is (0 its first) */
    struct st cont[8]; /* by loop frame (the innermost 8 of a call's): where its continues left */
    struct gpend {
        int label;      /* a label forward gotos name (its name's hash) */
        struct st s;    /* the states they left, met */
    } *gto;
    size_t ngto, capgto;
    struct lmark {
        int label;      /* a label a goto further on jumps back to (its name's hash); -1 the call's start */
        size_t acc0;    /* the accesses recorded from it on */
        uint64_t cseq;  /* p->cseq there: entries started since have a larger one */
        int nf;         /* the frames open there (their opening ops in fpc), -1 more than fit */
        int fpc[16];
        uint64_t live[MAXE / 64], started[MAXE / 64]; /* the threads running, and started, when the path passed it */
    } *lm, start;       /* start: where a goto to a label not known goes back to */
    size_t nlm, caplm;
    char gover;        /* a goto found no room in gto (out of memory): it went on as if not taken, and labels meet nothing */
    struct st rt_then, rt_else; /* ci.rt: the states of the returns whose value takes the caller's then, else */
    /* The call just run (its op at rs_pc - 1) returned rs_then on the paths whose value takes
     * the IF at rs_pc's then branch, rs_else on the others; rs_pc -1 none. */
    long rs_pc;
    struct st rs_then, rs_else;
};

static inline const char *weft__pg_str(struct prog *p, int id)
{
    return p->S.strs[id];
}

static inline struct ctxinfo *weft__pg_info(struct prog *p, int ctx)
{
    return ctx < 0 ? &p->main_info : &p->entries[ctx].info;
}

static inline int weft__pg_fn_lookup(struct prog *p, int usr_id)
{
    return (size_t)usr_id < p->nfn_of ? p->fn_of[usr_id] - 1 : -1;
}

/* link.c: the program's tables, and the link phases weft__program_analyze runs first. */
int weft__pg_intern(struct prog *p, const char *s);
void weft__pg_reason(struct prog *p, const char *fmt, const char *a, const char *b, unsigned line);
void weft__pg_int_set_add(struct prog *p, int **v, size_t *n, size_t *cap, int x);
/* certainty.c: heap key k ("h:c:@F@main#p.f") is of one object: main's local p given one
 * allocation outside loops and never addressed (FACT_ONE_HEAP). */
int weft__pg_one_heap(struct prog *p, const char *k);
/* prepare.c: named location loc is accessed by name as type key t only (1), as another (0),
 * not by name (-1). */
int weft__pg_elem_type(const struct prog *p, int loc, int t);
struct slotres *weft__pg_resolve(struct prog *p, int slot);
int weft__pg_entry_get(struct prog *p, int fn, int arg, int cond);
/* The function-pointer slot of parameter k of the function with USR usr ("p:USR#k",
 * keys.h): its string id, -1 when no fact names it. */
int weft__pg_param_slot(struct prog *p, const char *usr, int k);
/* The same, for a trampoline fn whose call through slot rslot runs routine real (-1 none). */
int weft__pg_entry_get_real(struct prog *p, int fn, int arg, int cond, int real, int rslot);
/* The name of the thread of entry ctx (-1 main): its real routine's, past a trampoline. */
const char *weft__pg_thread_name(struct prog *p, int ctx);
uint64_t *weft__pg_handle_bits(struct prog *p, int handle, int create);
int weft__pg_addr_taken(struct prog *p, const char *key);
/* Whether a pointer the analysis cannot follow may name the lock key names: any lock but a
 * global one whose address only ever goes straight to sync calls. */
int weft__pg_lock_maybe_pointed(struct prog *p, const char *key);
/* The id of the global variable a key ("g:USR", "g:USR.f", "g:USR[3]") starts from, else -1. */
int weft__pg_global_id(struct prog *p, const char *key);
/* Whether key names (a part of) a thread-local global whose address is taken. */
int weft__pg_tls_global(struct prog *p, const char *key);
/* The one function of r that argument key (its id: "*f", "*&f") names, else -1. */
int weft__pg_passed_fn(struct prog *p, const struct slotres *r, int key, const char *site);
/* The same, the argument's key given as text ("*f", "*&f"). */
int weft__pg_passed_fn_named(struct prog *p, const struct slotres *r, const char *k, const char *site);
/* Runs callback fn from the state of x, as a function without a body may call it back (maybe
 * not at all, maybe often; under once object once >= 0, once), and meets the states; later
 * (weft__model_runs_later): it runs at the thread's exit, or at any time. */
void weft__pg_call_back(struct icx *x, int fn, const struct weft__op *site, int once, int later);
/* A call of an event library's function (interp_events.c): 1 when it is taken care of (its
 * callbacks run in the loop's thread, and a loop call runs them), 0 to treat it as any call. */
int weft__pg_on_event_call(struct icx *x, const struct pop *op);
/* Calls f(fn, arg) for each callback the event loop call op may run (none: op is no such call). */
void weft__pg_event_loop_each(struct prog *p, const struct pop *op, void (*f)(int fn, void *arg), void *arg);
/* Whether two paths below one union member ("s.a", "s.b") name disjoint memory: the same
 * member of the union, then different fields (neither a prefix of the other). */
int weft__pg_union_disjoint(struct prog *p, int pa, int pb);
/* Whether the bits two union paths span meet: 1, 0, or -1 when not known. */
int weft__pg_union_overlap(struct prog *p, int pa, int pb);
int weft__pg_root_canon(const struct prog *p, int id);
int weft__pg_lock_text_id(struct prog *p, int id, const char *key, const char *text);
int weft__pg_star_of(struct prog *p, const char *key);
/* thread: as a thread sees it (past main's straight-line start), not main. */
int weft__pg_bcond(const struct prog *p, const struct pop *op, int thread);
/* prepare.c: fills o for op (interned keys, derived facts); 0 or -ENOMEM. */
int weft__pg_prepare(struct prog *p, struct pop *o, const struct weft__op *op);
int weft__pg_link_fns(struct prog *p, struct weft__facts *const *facts, size_t n);
int weft__pg_link_roots(struct prog *p);
int weft__pg_detach_handle(const char *k, char *buf, size_t cap);
int weft__pg_point_target(const struct prog *p, const char *loc, char *buf, size_t cap, const char **tloc);
int weft__pg_link_ops(struct prog *p, struct weft__facts *const *facts, size_t n);
int weft__pg_link_globals(struct prog *p);

/* interp.c: interprets fn from state s (updated to the state it returns with). */
void weft__pg_interp(struct prog *p, int fn, struct st *s, const struct ci *ci);
/* Notes that thread ctx did what bits (WEFT__SYNC_*) say, on the path s (NULL none) too. */
void weft__pg_synced(struct prog *p, int ctx, struct st *s, unsigned bits);
/* This thread, here, used synchronization the pass does not model, named by what ("a
 * semaphore"): its races after it are only possible. */
void weft__pg_unmodeled(struct icx *x, const char *what);
/* A path of this call ended the thread or the program (an exit, a callee that never returns). */
void weft__pg_halted(struct icx *x);
void weft__pg_wait(struct icx *x);

/* memo.c */
uint64_t weft__pg_memo_key(int fn, const struct st *s, const struct ci *ci);
void weft__pg_memo_reuse(struct prog *p, const struct memo *m, struct st *s);
void weft__pg_memo_keep(struct prog *p, struct memo *m, uint64_t key, const struct st *ret,
                        const struct lockset *in_acq, int joined, size_t ev0, size_t nev);
void weft__pg_jlog_replay(struct prog *p, int log, struct st *s);
size_t weft__pg_jscr_dedup(struct prog *p, size_t ev0);

/* interp_flow.c: if, loop, switch (weft__pg_on_open), case, break, else, endif, endloop, return. */
int weft__pg_cf_forget(struct corr *c, int lock);
/* ... and a drop of locks those facts explained (st.ldk1) is a drop again */
void weft__pg_cf_forget_st(struct corr *c, int lock, struct st *s);
void weft__pg_on_open(struct icx *x, const struct pop *op);
void weft__pg_on_case(struct icx *x, const struct pop *op);
void weft__pg_on_break(struct icx *x);
void weft__pg_on_else(struct icx *x);
void weft__pg_on_endif(struct icx *x);
/* A join in the body of an open loop of this call that joins every thread its handle holds. */
void weft__pg_loop_join(struct icx *x, int ixv);
void weft__pg_on_endloop(struct icx *x);
void weft__pg_on_next(struct icx *x);
void weft__pg_on_cont(struct icx *x);
void weft__pg_on_bodyend(struct icx *x);
/* Records an access (the same one seen again keeps the surer account). */
void weft__pg_acc_add(struct prog *p, const struct acc *a);
void weft__pg_on_return(struct icx *x, const struct pop *op);
/* Where the path is against the branches a value assumed (a thread API call's success, "~0")
 * takes: -1 in one it does not take (the failure side), 1 in those it takes, 0 in none. */
int weft__pg_assumed_side(const struct icx *x);
void weft__pg_on_goto(struct icx *x, const struct pop *op);
void weft__pg_on_label(struct icx *x, const struct pop *op);
void weft__pg_mark_label(struct icx *x, const struct pop *op);
int weft__pg_loop_starts(struct prog *p, struct pfn *pf, size_t at);
void weft__pg_on_goto_back(struct icx *x, const struct pop *op);

/* interp_jmp.c */
void weft__pg_jmp_arm(struct prog *p, int env, int ctx);
int weft__pg_case_listed(const struct weft__switch *sw, int v);
struct st weft__pg_jmp_case(struct prog *p, int env, int ctx, int v, int dflt, const struct weft__switch *sw);
struct st weft__pg_jmp_take(struct prog *p, int env, int ctx);
void weft__pg_jmp_record(struct prog *p, const struct pop *op, const struct ci *ci, struct st *cur);

/* interp_values.c: path facts on global integers. */
int weft__pg_cmp_range(int cmp, long v, long lo, long hi);
int weft__pg_nd_outcome(const struct ndfact *f, int un, int cmp, long k);
void weft__pg_nd_narrow(struct st *s, int key, int un, int cmp, long k, int then);
/* What the facts of s say an if on a global (op) does: 1 then, 0 else, -1 either. */
int weft__pg_gf_fixed(const struct st *s, const struct pop *op);
/* Narrows s's fact on op's global to its then (1) or else (0) branch; s dies if none is left. */
void weft__pg_gf_narrow(struct prog *p, struct st *s, const struct pop *op, int then);
/* interp_flow.c: the IF right after the op being run (past the accesses it makes) that tests
 * its result (cond.rkey key: the callee's USR or WEFT__RESULT_CREATE): its index, else -1. */
long weft__pg_result_if(const struct icx *x, const char *key);
/* After a create whose result that IF (at) tests: its branches get the thread started (the
 * result 0) or not (an error number: the threads as before, before). */
void weft__pg_create_split(struct icx *x, const struct st *before, long at);
/* Whether op may acquire: order what another thread did before it (a lock, a wait, a join,
 * an atomic that is not relaxed, a sync call, code not known). */
int weft__pg_op_acquires(struct icx *x, const struct pop *op);
/* Main may have waited for its threads here: none started so far surely runs beside one it starts next. */
void weft__pg_main_waited(struct st *s);
/* Forgets the facts op may invalidate (an acquire, a store to the global), before op runs. */
void weft__pg_gf_step(struct icx *x, const struct pop *op, int acquires);

/* interp_access.c */
int weft__pg_param_key(struct prog *p, const char *key, const struct ci *ci, int keep_index);
long weft__pg_arg_const(struct prog *p, const struct ci *ci, int n);
long weft__pg_arg_assumed(struct prog *p, const struct ci *ci, int n);
/* A global pointer's value ("*g:P") that may be one object at one create and another at the
 * next: P stored through its address, or anywhere but once in main (outside loops). */
int weft__pg_gptr_moves(struct prog *p, const char *key);
void weft__pg_on_access(struct icx *x, const struct pop *op);

/* interp_locks.c */
int weft__pg_lock_id(struct prog *p, const char *key, const struct ci *ci, const char *text);
const char *weft__pg_user_lock(struct prog *p, const char *name, int *acquire);
void weft__pg_note_lock(struct prog *p, struct ctxinfo *info, int id);
void weft__pg_note_ticket(struct prog *p, int s, int n);
/* A write of loc (an atomic word, by name or through a pointer): the release of a ticket lock
 * the thread holds on it (interp_locks.c); any other write of a ticket word voids it (findings.c). */
void weft__pg_ticket_write(struct icx *x, int loc, int ordered);
void weft__pg_flag_guard(struct lockset *g, char *init, const struct lockset *ls);
void weft__pg_on_lock(struct icx *x, const struct pop *op);
void weft__pg_on_unlock(struct icx *x, const struct pop *op);
/* Entry e of st.self ("self:*@p0.m:ID"): ID, the lock's id in ls; *key "*@p0.m", *len long. */
int weft__pg_self_entry(struct prog *p, uint32_t e, const char **key, int *len);

/* interp_calls.c */
int weft__pg_path_node(struct prog *p, int parent, int fn, const struct weft__op *site);
void weft__pg_on_call(struct icx *x, const struct pop *op);
void weft__pg_on_icall(struct icx *x, const struct pop *op);
void weft__pg_on_sync(struct icx *x, const struct pop *op);

/* interp_threads.c */
void weft__pg_main_join_live(struct prog *p, int handle, const struct lockset *ls, const uint64_t *live);
void weft__pg_main_unlock(struct prog *p, int lock, const struct st *cur);
void weft__pg_on_create(struct icx *x, const struct pop *op);
void weft__pg_on_join(struct icx *x, const struct pop *op);
void weft__pg_on_detach(struct icx *x, const struct pop *op);

/* mhp.c: may-run-in-parallel. */
int weft__pg_main_root(struct prog *p, int e);
int weft__pg_started_by_main(struct prog *p, int e);
long weft__pg_instances(struct prog *p, int ctx);
int weft__pg_races(struct prog *p, const struct acc *a, const struct acc *b);

/* certainty.c: whether racing accesses a and b surely race (1), else 0 with *why saying
 * what is not certain (a static string or one in p's string table). */
int weft__pg_definite(struct prog *p, const struct acc *a, const struct acc *b, const char **why);

/* findings.c: fills r's findings from the accesses (sorting them). 0 or -ENOMEM. */
int weft__pg_findings(struct prog *p, struct weft__arena *A, struct weft_check_result *r);
/* Sets each access's tcall: its thread reaches its function only through calls matched by type (tcall.c). 0 or -ENOMEM. */
int weft__pg_mark_tcall(struct prog *p);

#endif
