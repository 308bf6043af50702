/* Whole-program race pass: interprets each thread's reachable code with lock sets and pairs conflicting accesses. */
#include "program.h"

#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAXL 16        /* locks held at once that we track */
#define MAXE 256       /* thread entries tracked precisely in bit sets */
#define MAXDEPTH 48    /* call depth followed */
#define BUDGET 40000000     /* operations interpreted per program before giving up */
#define CTX_BUDGET 4000000  /* ... and per thread entry, so one entry cannot starve the others */

struct lockset {
    int n;
    uint32_t l[MAXL]; /* lock id << 1 | write mode, sorted */
};

/* Locks taken again while held (recursive mutexes, read locks): one unlock each keeps
 * the lock held. A multiset of lock ids. */
#define MAXR 8
struct relock {
    int n;
    int id[MAXR];
};

struct st {
    struct lockset ls;
    struct relock rec;
    struct lockset acq; /* locks this thread has surely acquired at least once so far */
    uint64_t live[MAXE / 64]; /* main thread: entries that may be running */
    uint64_t started[MAXE / 64]; /* entries this thread may have started so far */
    struct lockset bmay; /* barriers this thread may have waited on so far */
    struct lockset mj; /* main: handles it surely joined (ids, as a lock set) */
    struct lockset star; /* element locks held ("m[*]": some element of m, by a variable index) */
    int dead;
};

struct pfn {
    struct weft__fn *f;
    int has_create; /* creates or joins threads, itself or through callees */
    int atomic;     /* matches an --atomic-fn pattern */
    int on_stack;
};

struct entry {
    int fn, arg; /* function, and the location its argument points at (-1 unknown) */
    int cond;    /* the condition it was started under, as entry_get was given it */
    int next;    /* the next entry of the same function, or -1 */
    int creates, in_loop, nonmain, multi;
    /* The one thread that starts this one (entry index), -1 none yet, -2 several or unknown
     * (main counts as one more starter, through main_created). */
    int parent, main_created;
    int escapes; /* its starting thread may return before joining it */
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
    const struct weft__op *dop;
    int dop_init;
    uint64_t co[MAXE / 64]; /* entries that may run at the same time */
};

struct acc {
    int loc, tloc, file, text, ctx;
    int idx; /* constant index into the global array loc names, or -1 */
    unsigned line, col;
    char mode, atomic, sup, racy, typed, alias;
    char own; /* through its thread's argument, which points at that instance's own element */
    int root; /* memory by type reached from a global root: the root's id + 1, 0 none */
    struct lockset ls, acq;
    uint64_t live[MAXE / 64];
    uint64_t before[MAXE / 64]; /* main: threads that cannot pass a lock main held since starting them */
    uint64_t started[MAXE / 64];
    struct lockset bmay;
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
    int dead, used;
    uint32_t star[MEMO_STAR]; /* element locks held after it (a run ending with more is not memoized) */
    unsigned char nstar;
    int log; /* its run joined threads in main: 1 + index of its join log in p->logs, else 0 */
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

struct slotres {
    int *fns;
    size_t n, cap;
    int state; /* 0 not done, 1 in progress, 2 done */
};

struct prog {
    struct weft__strtab S;
    const struct weft_check_config *cfg;
    struct pfn *fns;
    size_t nfns, capfns;
    int *fn_of; /* string id -> fn index + 1 */
    size_t nfn_of;
    struct weft__bind *binds; /* interned as ids in slot/usr via pointer trick below */
    int *bind_slot, *bind_usr;
    size_t nbinds, capbinds, capbs, capbu;
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
    const char **lock_text; /* by string id */
    size_t nlock_text;
    const char **reasons;
    size_t nreasons, capreasons;
    long budget;
    int atomic_lock;
    int last_call_defined;
    struct mjoin *mjoins; /* main's joins, for threads other threads started */
    size_t nmjoins, capmjoins;
    struct jmpst *jmps; /* per (jmp_buf, thread): states longjmp reaches setjmp with */
    size_t njmps, capjmps;
    struct barrier *bars; /* by barrier (lock id): its count and who waits on it */
    size_t nbars, capbars;
    int cut; /* some call was not followed (recursion, depth, budget): waits may be missed */
    int *main_tid; /* globals holding main's own thread id only (main stored pthread_self()) */
    size_t nmain_tid, capmain_tid;
    int main_end;  /* pseudo-lock "joined main": acquired by a thread whose join of main returned */
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
    int *rparent;       /* by string id: the global whose initializer names this one, + 1 (0 none) */
    size_t nrparent;
    /* Global integers' values over the whole run, by string id (only when some if tests
     * one against a literal): state 1 within [glo, ghi], else not known. */
    int has_bconds;
    long *glo, *ghi;
    unsigned char *gst;
    size_t ngv;
    int *once; /* lock ids of once objects */
    size_t nonce, caponce;
    int *addr_taken; /* by string id: 1 if a global's address is taken */
    size_t naddr;
    int oom;
};

static int intern(struct prog *p, const char *s)
{
    int id = weft__strtab_intern(&p->S, s ? s : "");
    if (id < 0) {
        p->oom = 1;
        return 0;
    }
    return id;
}

static const char *str(struct prog *p, int id)
{
    return p->S.strs[id];
}

static void reason(struct prog *p, const char *fmt, const char *a, const char *b, unsigned line)
{
    char buf[512];
    snprintf(buf, sizeof(buf), fmt, a, b, line);
    for (size_t i = 0; i < p->nreasons; i++)
        if (!strcmp(p->reasons[i], buf))
            return;
    const char **slot = WEFT__PUSH(p->reasons, p->nreasons, p->capreasons);
    if (!slot || !(*slot = str(p, intern(p, buf))))
        p->oom = 1;
}

/* ---- lock sets --------------------------------------------------------------------- */

static void ls_add(struct lockset *s, int id, int write)
{
    uint32_t v = (uint32_t)id << 1 | (write ? 1u : 0u);
    for (int i = 0; i < s->n; i++)
        if (s->l[i] >> 1 == (uint32_t)id) {
            s->l[i] = v;
            return;
        }
    if (s->n == MAXL)
        return;
    int i = s->n++;
    while (i > 0 && s->l[i - 1] > v) {
        s->l[i] = s->l[i - 1];
        i--;
    }
    s->l[i] = v;
}

static void ls_del(struct lockset *s, int id)
{
    for (int i = 0; i < s->n; i++)
        if (s->l[i] >> 1 == (uint32_t)id) {
            memmove(&s->l[i], &s->l[i + 1], (size_t)(s->n - i - 1) * sizeof(s->l[0]));
            s->n--;
            return;
        }
}

/* Locks held on both paths; a lock held in read mode on either is held in read mode. */
static void ls_meet(struct lockset *a, const struct lockset *b)
{
    /* In place: ids are unique in a set, so at most one entry of b matches, and the
     * entry written (n) is never one still to be read (i). */
    int n = 0;
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (a->l[i] >> 1 == b->l[j] >> 1) {
                a->l[n++] = a->l[i] & b->l[j];
                break;
            }
    a->n = n;
}

static int ls_subset(const struct lockset *a, const struct lockset *b)
{
    for (int i = 0; i < a->n; i++) {
        int found = 0;
        for (int j = 0; j < b->n && !found; j++)
            found = a->l[i] >> 1 == b->l[j] >> 1;
        if (!found)
            return 0;
    }
    return 1;
}

/* The mode bit of id in s (1 write), or -1 when s does not hold it. */
static int ls_mode(const struct lockset *s, int id)
{
    for (int i = 0; i < s->n; i++)
        if (s->l[i] >> 1 == (uint32_t)id)
            return (int)(s->l[i] & 1);
    return -1;
}

/* Lock sets are kept sorted: equal sets hold the same words. */
static int ls_equal(const struct lockset *a, const struct lockset *b)
{
    return a->n == b->n && !memcmp(a->l, b->l, (size_t)a->n * sizeof(a->l[0]));
}

static int ls_protects(const struct lockset *a, const struct lockset *b)
{
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (a->l[i] >> 1 == b->l[j] >> 1 && ((a->l[i] | b->l[j]) & 1))
                return 1;
    return 0;
}

/* Taken again on both paths, as many times as on the one that took it fewer times. */
static void rec_meet(struct relock *a, const struct relock *b)
{
    if (!a->n)
        return;
    unsigned used = 0; /* entries of b matched so far (MAXR <= 32) */
    int n = 0;
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (!(used >> j & 1) && a->id[i] == b->id[j]) {
                used |= 1u << j;
                a->id[n++] = a->id[i];
                break;
            }
    a->n = n;
}

/* An unlock of id: one re-acquisition less if there is one (returns 1), else 0. */
static int rec_release(struct relock *r, int id)
{
    for (int i = 0; i < r->n; i++)
        if (r->id[i] == id) {
            r->id[i] = r->id[--r->n];
            return 1;
        }
    return 0;
}

static void st_merge(struct st *a, const struct st *b)
{
    if (b->dead)
        return;
    if (a->dead) {
        *a = *b;
        return;
    }
    ls_meet(&a->ls, &b->ls);
    rec_meet(&a->rec, &b->rec);
    ls_meet(&a->acq, &b->acq);
    ls_meet(&a->mj, &b->mj);
    ls_meet(&a->star, &b->star);
    for (int i = 0; i < b->bmay.n; i++)
        ls_add(&a->bmay, (int)(b->bmay.l[i] >> 1), 1);
    for (int i = 0; i < MAXE / 64; i++) {
        a->live[i] |= b->live[i];
        a->started[i] |= b->started[i];
    }
}

static int bit(const uint64_t *s, int e)
{
    return e >= MAXE || (s[e / 64] >> (e % 64) & 1);
}

static void setbit(uint64_t *s, int e)
{
    if (e < MAXE)
        s[e / 64] |= 1ULL << (e % 64);
}

static int any(const uint64_t *s)
{
    for (int i = 0; i < MAXE / 64; i++)
        if (s[i])
            return 1;
    return 0;
}

/* ---- program tables ---------------------------------------------------------------------- */

static int fn_lookup(struct prog *p, int usr_id)
{
    return (size_t)usr_id < p->nfn_of ? p->fn_of[usr_id] - 1 : -1;
}

static struct slotres *slot_get(struct prog *p, int id)
{
    if ((size_t)id >= p->nslots) {
        size_t n = p->S.n + 16;
        struct slotres *s = realloc(p->slots, n * sizeof(*s));
        if (!s) {
            p->oom = 1;
            return NULL;
        }
        memset(s + p->nslots, 0, (n - p->nslots) * sizeof(*s));
        p->slots = s;
        p->nslots = n;
    }
    return &p->slots[id];
}

/* Adds x to the small set v[0..*n) unless it is there; sets p->oom when it cannot grow. */
static void int_set_add(struct prog *p, int **v, size_t *n, size_t *cap, int x)
{
    for (size_t i = 0; i < *n; i++)
        if ((*v)[i] == x)
            return;
    int *slot = WEFT__PUSH(*v, *n, *cap);
    if (slot)
        *slot = x;
    else
        p->oom = 1;
}

static void slot_add(struct prog *p, struct slotres *r, int fn)
{
    int_set_add(p, &r->fns, &r->n, &r->cap, fn);
}

/* The functions a function-pointer slot may hold (fields also get "any field" bindings). */
static struct slotres *resolve(struct prog *p, int slot)
{
    struct slotres *r = slot_get(p, slot);
    if (!r || r->state)
        return r;
    r->state = 1;
    for (size_t i = 0; i < p->nbinds; i++) {
        if (p->bind_slot[i] != slot)
            continue;
        const char *u = str(p, p->bind_usr[i]);
        if (u[0] == '=') {
            int from = intern(p, u + 1);
            struct slotres *o = resolve(p, from);
            r = slot_get(p, slot);
            if (o && r)
                for (size_t j = 0; j < o->n; j++)
                    slot_add(p, r, o->fns[j]);
        } else {
            int f = fn_lookup(p, p->bind_usr[i]);
            if (f >= 0 && r)
                slot_add(p, r, f);
        }
    }
    const char *s = str(p, slot);
    const char *dot = strrchr(s, '.');
    if (!strncmp(s, "f:", 2) && dot && strcmp(dot, ".*")) {
        char buf[512];
        snprintf(buf, sizeof(buf), "%.*s.*", (int)(dot - s), s);
        int any_id = intern(p, buf);
        struct slotres *o = resolve(p, any_id);
        r = slot_get(p, slot);
        if (o && r)
            for (size_t j = 0; j < o->n; j++)
                slot_add(p, r, o->fns[j]);
    }
    r = slot_get(p, slot);
    if (r)
        r->state = 2;
    return r;
}

#define MAXARGS 8 /* thread entries told apart by argument, per function */

/* The thread entry running fn with argument arg (a location id, -1 unknown), started
 * under condition cond (key * 2 + value of the innermost if on a one-value local, -1
 * none); a function started in more than MAXARGS ways shares one entry for the rest. */
static int entry_get(struct prog *p, int fn, int arg, int cond)
{
    int n = 0;
    for (int e = p->entry_of[fn] - 1; e >= 0; e = p->entries[e].next, n++)
        if (p->entries[e].arg == arg && p->entries[e].cond == cond)
            return e;
    if (n >= MAXARGS && (arg != -1 || cond != -1))
        return entry_get(p, fn, -1, -1);
    struct entry *e = WEFT__PUSH(p->entries, p->nentries, p->capentries);
    int *w = e ? WEFT__PUSH(p->work, p->nwork, p->capwork) : NULL;
    if (!w) {
        p->oom = 1;
        return 0;
    }
    memset(e, 0, sizeof(*e));
    e->fn = fn;
    e->arg = arg;
    e->cond = cond;
    e->parent = -1;
    e->next = p->entry_of[fn] - 1;
    e->ckey = -1;
    *w = (int)p->nentries - 1;
    p->entry_of[fn] = (int)p->nentries;
    return (int)p->nentries - 1;
}

static uint64_t *handle_bits(struct prog *p, int handle, int create)
{
    for (size_t i = 0; i < p->nhandles; i++)
        if (p->handle_ids[i] == handle)
            return &p->handle_bits[i * (MAXE / 64)];
    if (!create)
        return NULL;
    if (weft__grow((void **)&p->handle_bits, &p->caphb, (p->nhandles + 1) * (MAXE / 64), sizeof(uint64_t))) {
        p->oom = 1;
        return NULL;
    }
    int *slot = WEFT__PUSH(p->handle_ids, p->nhandles, p->caphandles);
    if (!slot) {
        p->oom = 1;
        return NULL;
    }
    *slot = handle;
    uint64_t *b = &p->handle_bits[(p->nhandles - 1) * (MAXE / 64)];
    memset(b, 0, sizeof(uint64_t) * (MAXE / 64));
    return b;
}

/* ---- accesses ----------------------------------------------------------------------- */

/* A hash over 64-bit words (bit sets, packed fields): the hot path of the access table
 * and the memo, where byte-wise FNV over the bit sets took half the pass. In-memory only. */
static uint64_t mix(uint64_t h, const uint64_t *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= w[i];
        h *= 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    return h;
}

static uint64_t mix_ls(uint64_t h, const struct lockset *s)
{
    h = mix(h, &(uint64_t){(uint64_t)s->n}, 1);
    for (int i = 0; i < s->n; i++)
        h = mix(h, &(uint64_t){s->l[i]}, 1);
    return h;
}

static uint64_t acc_hash(const struct acc *a)
{
    uint64_t k[4] = {(uint64_t)(uint32_t)a->loc << 32 | (uint32_t)a->file, (uint64_t)(uint32_t)a->ctx << 32 | a->line,
                     (uint64_t)a->col << 16 | (uint64_t)(unsigned char)a->mode << 8 | (unsigned char)a->atomic,
                     (uint64_t)(uint32_t)a->idx << 1 | (unsigned char)a->own};
    uint64_t h = mix(WEFT__FNV_INIT, k, 4);
    h = mix_ls(h, &a->ls);
    h = mix_ls(h, &a->acq);
    h = mix(h, a->live, MAXE / 64);
    h = mix(h, a->before, MAXE / 64);
    h = mix(h, a->started, MAXE / 64);
    h = mix_ls(h, &a->bmay);
    return h;
}

static int acc_eq(const struct acc *a, const struct acc *b)
{
    return a->loc == b->loc && a->idx == b->idx && a->own == b->own && a->file == b->file && a->ctx == b->ctx && a->line == b->line &&
           a->col == b->col &&
           a->mode == b->mode && a->atomic == b->atomic && a->ls.n == b->ls.n &&
           !memcmp(a->ls.l, b->ls.l, sizeof(a->ls.l[0]) * (size_t)a->ls.n) && !memcmp(a->live, b->live, sizeof(a->live)) &&
           a->acq.n == b->acq.n && !memcmp(a->acq.l, b->acq.l, sizeof(a->acq.l[0]) * (size_t)a->acq.n) &&
           !memcmp(a->before, b->before, sizeof(a->before)) && !memcmp(a->started, b->started, sizeof(a->started)) &&
           a->bmay.n == b->bmay.n && !memcmp(a->bmay.l, b->bmay.l, sizeof(a->bmay.l[0]) * (size_t)a->bmay.n);
}

static void acc_add(struct prog *p, const struct acc *a)
{
    if ((p->naccs + 1) * 2 > p->nacc_slots) {
        size_t ns = p->nacc_slots ? p->nacc_slots * 2 : 4096;
        uint64_t *s = calloc(ns, sizeof(*s));
        if (!s) {
            p->oom = 1;
            return;
        }
        free(p->acc_slots);
        p->acc_slots = s;
        p->nacc_slots = ns;
        for (size_t i = 0; i < p->naccs; i++) {
            uint64_t h = acc_hash(&p->accs[i]);
            size_t j = h & (ns - 1);
            while (s[j])
                j = (j + 1) & (ns - 1);
            s[j] = (h & 0xffffffff00000000ULL) | (uint32_t)(i + 1);
        }
    }
    /* The hash's high half kept in the slot spares reading the accesses it does not match. */
    uint64_t h = acc_hash(a), tag = h & 0xffffffff00000000ULL;
    size_t j = h & (p->nacc_slots - 1);
    while (p->acc_slots[j]) {
        uint64_t v = p->acc_slots[j];
        if ((v & 0xffffffff00000000ULL) == tag && acc_eq(&p->accs[(uint32_t)v - 1], a))
            return;
        j = (j + 1) & (p->nacc_slots - 1);
    }
    struct acc *d = WEFT__PUSH(p->accs, p->naccs, p->capaccs);
    if (!d) {
        p->oom = 1;
        return;
    }
    *d = *a;
    p->acc_slots[j] = tag | (uint32_t)p->naccs;
}

/* Whether the global a key starts from ("g:USR" or "g:USR.f...") has its address taken. */
static int addr_taken(struct prog *p, const char *key)
{
    if (strncmp(key, "g:", 2))
        return 0;
    char buf[512];
    snprintf(buf, sizeof(buf), "%s", key);
    char *dot = strchr(strrchr(buf, '@') ? strrchr(buf, '@') : buf, '.');
    if (dot)
        *dot = '\0';
    int id = weft__strtab_find(&p->S, buf);
    return id >= 0 && (size_t)id < p->naddr && p->addr_taken[id];
}

/* A parameter reference "@pN" (N < 4): N, else -1. */
static int param_ref(const char *k)
{
    return k[0] == '@' && k[1] == 'p' && k[2] >= '0' && k[2] <= '3' && !k[3] ? k[2] - '0' : -1;
}

static int lock_text_id(struct prog *p, int id, const char *key, const char *text);

/* "m[*]", the element lock of key "m[...]", or -1 when key names no element. */
static int star_of(struct prog *p, const char *key)
{
    const char *b = strrchr(key, '[');
    char buf[600];
    if (!b)
        return -1;
    snprintf(buf, sizeof(buf), "%.*s[*]", (int)(b - key), key);
    return intern(p, buf);
}

/* A guard token of n bytes (extract.c's guard_of): "G<lock array>~<array>" sets *g to the
 * id + 1 of the guard and *gs to the element lock it needs; "P<N>" sets *g to -(N + 1). */
static void guard_parse(struct prog *p, const char *t, size_t n, int *g, int *gs)
{
    *g = 0;
    *gs = -1;
    if (n >= 2 && t[0] == 'P' && t[1] >= '0' && t[1] <= '3') {
        *g = -(t[1] - '0') - 1;
        return;
    }
    const char *tilde = NULL;
    for (size_t i = 1; i < n; i++)
        if (t[i] == '~')
            tilde = t + i;
    if (t[0] != 'G' || !tilde)
        return;
    char buf[1100];
    snprintf(buf, sizeof(buf), "sym:%.*s", (int)(n - 1), t + 1);
    *g = lock_text_id(p, intern(p, buf), buf, "the lock of its element") + 1;
    snprintf(buf, sizeof(buf), "%.*s[*]", (int)(tilde - t - 1), t + 1);
    *gs = intern(p, buf);
}

/* The root a global's memory belongs to: the global whose initializer names it, transitively. */
static int root_canon(const struct prog *p, int id)
{
    for (size_t n = 0; (size_t)id < p->nrparent && p->rparent[id] && n < p->nrparent; n++)
        id = p->rparent[id] - 1;
    return id;
}

/* Value v (or a bound) joins what global integer id may hold. */
static void gv_add(struct prog *p, int id, long lo, long hi)
{
    if ((size_t)id >= p->ngv || p->gst[id] == 2)
        return;
    if (p->gst[id] == 0) {
        p->gst[id] = 1;
        p->glo[id] = lo;
        p->ghi[id] = hi;
        return;
    }
    p->glo[id] = lo < p->glo[id] ? lo : p->glo[id];
    p->ghi[id] = hi > p->ghi[id] ? hi : p->ghi[id];
}

/*
 * The values each global integer may hold in the whole run: its first value ("iv" facts)
 * and what every write gives it, by the write's tag: "=c" a literal, "+K" / "-K" a step
 * that keeps it at most / at least K (if (g < 10) g++), "+" / "-" an increment or decrement
 * with no bound; any other write, or its address taken, and nothing is known of it.
 */
static int global_values(struct prog *p, struct weft__facts *const *facts, size_t n)
{
    p->ngv = p->S.n;
    p->glo = calloc(p->ngv + 1, sizeof(*p->glo));
    p->ghi = calloc(p->ngv + 1, sizeof(*p->ghi));
    p->gst = calloc(p->ngv + 1, 1);
    if (!p->glo || !p->ghi || !p->gst)
        return -ENOMEM;
    for (size_t i = 0; i < p->nbinds; i++) {
        const char *u = str(p, p->bind_usr[i]), *sep = strchr(u, '\x1d');
        if (strcmp(str(p, p->bind_slot[i]), "iv") || !sep)
            continue;
        char buf[512];
        snprintf(buf, sizeof(buf), "%.*s", (int)(sep - u), u);
        int id = intern(p, buf);
        if ((size_t)id >= p->ngv)
            continue;
        if (sep[1] == '=' && !addr_taken(p, buf))
            gv_add(p, id, atol(sep + 2), atol(sep + 2));
        else
            p->gst[id] = 2;
    }
    for (size_t t = 0; t < n; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++)
            for (size_t j = 0; j < facts[t]->fns[i].nops; j++) {
                const struct weft__op *op = &facts[t]->fns[i].ops[j];
                if (op->kind != WEFT__OP_ACCESS || op->mode == 'r' || (size_t)op->ia >= p->ngv || !p->gst[op->ia])
                    continue;
                const char *tag = op->d ? strchr(op->d, '\x1c') : NULL;
                long lo = p->glo[op->ia], hi = p->ghi[op->ia];
                if (!tag || op->atomic)
                    p->gst[op->ia] = 2;
                else if (tag[1] == '=')
                    gv_add(p, op->ia, atol(tag + 2), atol(tag + 2));
                else if (tag[1] == '+')
                    gv_add(p, op->ia, lo, tag[2] ? atol(tag + 2) : LONG_MAX);
                else if (tag[1] == '-')
                    gv_add(p, op->ia, tag[2] ? atol(tag + 2) : LONG_MIN, hi);
                else
                    p->gst[op->ia] = 2;
            }
    return 0;
}

/* What an if on a global integer (args: operator, literal, global) always does: 1 the then
 * branch, 0 the else branch, -1 either. */
static int bcond(const struct prog *p, const struct weft__op *op)
{
    int id = op->args[3];
    if (id < 0 || (size_t)id >= p->ngv || p->gst[id] != 1)
        return -1;
    long lo = p->glo[id], hi = p->ghi[id], v = op->args[2];
    switch (op->args[1]) {
    case 0: return hi < v ? 1 : lo >= v ? 0 : -1;                      /* < */
    case 1: return hi <= v ? 1 : lo > v ? 0 : -1;                      /* <= */
    case 2: return lo > v ? 1 : hi <= v ? 0 : -1;                      /* > */
    case 3: return lo >= v ? 1 : hi < v ? 0 : -1;                      /* >= */
    case 4: return lo == v && hi == v ? 1 : v < lo || v > hi ? 0 : -1; /* == */
    case 5: return lo == v && hi == v ? 0 : v < lo || v > hi ? 1 : -1; /* != */
    }
    return -1;
}

/* Global to is named in global from's initializer: to's memory is from's root's. */
static void root_join(struct prog *p, int from, int to)
{
    int ca = root_canon(p, from), cx = root_canon(p, to);
    if (ca == cx)
        return;
    if (p->rparent[to])
        p->roots_linked = 1; /* under two roots */
    else
        p->rparent[to] = ca + 1;
}

static int prepare(struct prog *p, struct weft__op *op)
{
    op->ia = intern(p, op->a);
    op->ib = intern(p, op->b);
    op->ic = intern(p, op->c);
    op->ifile = intern(p, op->file ? op->file : "");
    op->pidx = -1;
    op->guard = 0;
    op->gstar = -1;
    op->ocls = op->oq = -1;
    op->reg = -1;
    op->root = 0;
    for (int i = 0; i < 4; i++)
        op->args[i] = -1;
    const char *d = op->d ? op->d : "";
    switch (op->kind) {
    case WEFT__OP_ACCESS: {
        const char *rt = strchr(d, '\x1d');
        if (rt)
            op->root = root_canon(p, intern(p, rt + 1)) + 1;
        if (*d) {
            const char *sep = strchr(d, '\x1b');
            guard_parse(p, d, sep ? (size_t)(sep - d) : strlen(d), &op->guard, &op->gstar);
            if (sep && sep[1] == '0') {
                op->ocls = 0;
            } else if (sep && sep[1] == '1' && sep[2] >= '0' && sep[2] <= '3') {
                op->ocls = 1;
                op->oq = (signed char)(sep[2] - '0');
            }
        }
        const char *ix = strchr(op->c, '\x1e'); /* "type key\x1eN": element N of a global array */
        if (ix) {
            /* "\x1e@pN": the index is parameter N, -(N + 2) until a call says its value. */
            op->args[0] = ix[1] == '@' ? -(atoi(ix + 3) + 2) : atoi(ix + 1);
            char buf[512];
            snprintf(buf, sizeof(buf), "%.*s", (int)(ix - op->c), op->c);
            op->ic = intern(p, buf); /* op->c stays: the facts outlive this pass's strings */
        }
        op->typed = op->a[0] == 't' || op->a[0] == 'f';
        if (!strncmp(op->a, "*@p", 3) && op->a[3] >= '0' && op->a[3] <= '3')
            op->pidx = (signed char)(op->a[3] - '0');
        break;
    }
    case WEFT__OP_CASE:
        op->args[1] = op->mode == 'd' || op->a[0] == '?' ? INT_MIN : atoi(op->a);
        break;
    case WEFT__OP_SWITCH:
    case WEFT__OP_IF:
        if (op->a[0] == 'b') { /* "b:" operator literal "\x1d" a global integer's key */
            const char *o = op->a + 2, *sep = strchr(o, '\x1d');
            size_t n = strspn(o, "<>=!");
            static const char *const ops[] = {"<", "<=", ">", ">=", "==", "!="};
            char *end;
            long v = strtol(o + n, &end, 10);
            for (int i = 0; i < 6 && sep && end == sep && v > INT_MIN && v < INT_MAX; i++)
                if (strlen(ops[i]) == n && !strncmp(o, ops[i], n)) {
                    op->args[1] = i;
                    op->args[2] = (int)v;
                    op->args[3] = intern(p, sep + 1);
                    p->has_bconds = 1;
                }
        }
        if (op->a[0] == 'j') { /* "j:" then the jmp_buf's key, maybe a parameter */
            int pr = param_ref(op->a + 2);
            op->args[0] = pr >= 0 ? -(pr + 2) : intern(p, op->a + 2);
        }
        break;
    case WEFT__OP_CREATE: {
        op->pidx = (signed char)param_ref(op->a);
        /* c is "entry text\x1fargument key": the text for messages, the key tells threads apart. */
        const char *sep = strchr(op->c, '\x1f');
        if (sep) {
            const char *k = sep + 1;
            int pr = param_ref(k);
            op->args[0] = pr >= 0 ? -(pr + 2)
                          : !strncmp(k, "g:", 2) || !strncmp(k, "*g:", 3) || !strncmp(k, "o:", 2) ||
                                    !strncmp(k, "h:", 2) || !strcmp(k, "n:")
                              ? intern(p, k)
                                                                                             : -1;
            char buf[512];
            snprintf(buf, sizeof(buf), "%.*s", (int)(sep - op->c), op->c);
            op->ic = intern(p, buf); /* op->c stays: the facts outlive this pass's strings */
        }
        break;
    }
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        op->pidx = (signed char)param_ref(op->a);
        /* m[i]: 1, no lock we can name; m[@pN]: 2, the element the caller's constant names. */
        op->typed = strstr(op->a, "[*]") ? 1 : strstr(op->a, "[@p") ? 2 : 0;
        op->gstar = star_of(p, op->a);
        break;
    case WEFT__OP_CALL: {
        char buf[512];
        snprintf(buf, sizeof(buf), "%s", op->c);
        char *tok = buf;
        for (int i = 0; i < 4; i++) {
            char *sep = strchr(tok, '\x1f');
            if (sep)
                *sep = '\0';
            int pr = param_ref(tok);
            op->args[i] = pr >= 0 ? -(pr + 2) : *tok ? intern(p, tok) : -1;
            if (!sep)
                break;
            tok = sep + 1;
        }
        /* Per argument: owned, and the region guard of what it points at. */
        struct opreg *rg = NULL;
        if (*d) {
            rg = WEFT__PUSH(p->regs, p->nregs, p->capregs);
            if (!rg) {
                p->oom = 1;
                break;
            }
            op->reg = (int)(p->nregs - 1);
            for (int i = 0; i < 4; i++) {
                rg->cg[i] = rg->co[i] = 0;
                rg->cs[i] = -1;
            }
        }
        for (int i = 0; i < 4 && *d; i++) {
            const char *end = strchr(d, '\x1b');
            size_t n = end ? (size_t)(end - d) : strlen(d);
            if (n && d[0] == 'o') {
                rg->co[i] = 1;
                d++, n--;
            } else if (n >= 2 && d[0] == 'q' && d[1] >= '0' && d[1] <= '3') {
                rg->co[i] = (signed char)(2 + d[1] - '0');
                d += 2, n -= 2;
            }
            guard_parse(p, d, n, &rg->cg[i], &rg->cs[i]);
            if (!end)
                break;
            d = end + 1;
        }
        /* Slots of its parameters: functions handed to a function without a body may be called by it. */
        for (int i = 0; i < 4; i++) {
            char slot[600];
            snprintf(slot, sizeof(slot), "p:%s#%d", op->a, i);
            op->pslot[i] = weft__strtab_find(&p->S, slot);
        }
        break;
    }
    default:
        break;
    }
    return p->oom ? -ENOMEM : 0;
}

/* ---- interpretation --------------------------------------------------------------------- */

struct ci {
    int ctx;   /* entry, or -1 for main */
    int loop;  /* enclosing loops, callers included */
    int atomic;
    int depth;
    int args[4]; /* lock ids the caller passed, -1 unknown */
    int own;     /* bit N: parameter N is the thread's argument, its own array element */
    int owned;   /* bit N: the caller owns what parameter N points at (nobody else can reach it) */
    int guard[4], gstar[4]; /* parameter N's memory: its region guard id + 1 (0 none), the element lock it needs */
};

static void interp(struct prog *p, int fn, struct st *s, const struct ci *ci);

/*
 * The caller's location for "*@pN<suffix>" (what it passed as argument N, then the
 * suffix): its id, -1 when unknown, -2 when the caller passed a private local. Array
 * indices are kept for locks (m[3] is not m[4]) and dropped for data (arrays are one location).
 */
static int param_key(struct prog *p, const char *key, const struct ci *ci, int keep_index)
{
    int n = key[3] - '0';
    int arg = n >= 0 && n < 4 ? ci->args[n] : -1;
    const char *ak = arg >= 0 ? str(p, arg) : "";
    const char *suffix = key + 4;
    if (!strncmp(ak, "l:", 2))
        return -2;
    if (strncmp(ak, "g:", 2) && strncmp(ak, "*g:", 3) && strncmp(ak, "t:", 2) && strncmp(ak, "f:", 2) &&
        strncmp(ak, "o:", 2) && strncmp(ak, "h:", 2))
        return -1;
    char buf[1024];
    size_t o = 0;
    if (!strncmp(ak, "t:", 2) && *suffix) {
        memcpy(buf, "f:", 2);
        o = 2;
        ak += 2;
    }
    for (int depth = 0; *ak && o < sizeof(buf) - 1; ak++) {
        depth += *ak == '[';
        if (keep_index || !depth)
            buf[o++] = *ak;
        depth -= *ak == ']' && depth;
    }
    snprintf(buf + o, sizeof(buf) - o, "%s", suffix);
    return intern(p, buf);
}

/* An access through a pointer parameter: the caller's location, else memory by type.
 * Returns 0, or 1 when there is no access (the caller passed a null pointer). */
static int param_access(struct prog *p, const struct weft__op *op, const struct ci *ci, struct acc *a)
{
    int n = op->a[3] - '0';
    if (n >= 0 && n < 4 && ci->args[n] >= 0 && !strcmp(str(p, ci->args[n]), "n:"))
        return 1; /* a null pointer: the access cannot happen (the code tests it first) */
    int id = param_key(p, op->a, ci, 0);
    /* A caller's local may still be published by the callee (passed on to a thread): by type. */
    if (id < 0) {
        a->loc = a->tloc; /* unknown: memory by type */
        a->typed = a->alias = 1;
        return 0;
    }
    const char *k = str(p, id);
    a->loc = id;
    a->typed = k[0] == 't' || k[0] == 'f';
    /* A starter's local ("o:") or fresh allocation ("h:") given to a thread: the starter's
     * own accesses to it are by type. */
    a->alias = a->typed || !strncmp(k, "*g:", 3) || !strncmp(k, "o:", 2) || !strncmp(k, "h:", 2) || addr_taken(p, k);
    return 0;
}


static int lock_text_id(struct prog *p, int id, const char *key, const char *text)
{
    if ((size_t)id >= p->nlock_text) {
        size_t n = p->S.n + 64;
        const char **t = realloc(p->lock_text, n * sizeof(*t));
        if (!t) {
            p->oom = 1;
            return id;
        }
        memset(t + p->nlock_text, 0, (n - p->nlock_text) * sizeof(*t));
        p->lock_text = t;
        p->nlock_text = n;
    }
    if (!p->lock_text[id] && text && *text && key[0] != '@')
        p->lock_text[id] = str(p, intern(p, text));
    return id;
}

static int lock_id(struct prog *p, const char *key, const struct ci *ci, const char *text)
{
    (void)ci;
    return lock_text_id(p, intern(p, key), key, text);
}

/* The lock a lock/unlock operation names, with a parameter replaced by what the caller passed. */
static int op_lock(struct prog *p, const struct weft__op *op, const struct ci *ci)
{
    if (op->pidx >= 0 && op->pidx < 4 && ci->args[op->pidx] >= 0)
        return ci->args[op->pidx];
    if (!strncmp(op->a, "*@p", 3) && op->a[3] >= '0' && op->a[3] <= '3') {
        /* A lock inside what the caller passed (&e->lock): the caller's object's lock. */
        /* Through an array element (&a[i], &a[3]) the lock is that element's own: locks
         * and data are then both taken per array, as data always is (per-object locking). */
        int id = param_key(p, op->a, ci, 1);
        if (id >= 0 && strchr(str(p, id), '[')) {
            char buf[1100];
            snprintf(buf, sizeof(buf), "obj:%s", str(p, param_key(p, op->a, ci, 0)));
            id = intern(p, buf); /* "the lock of the element passed", never a named element's */
        }
        if (id >= 0)
            return lock_text_id(p, id, str(p, id), op->b);
    }
    return lock_text_id(p, op->ia, op->a, op->b);
}

/* The integer constant the caller passed as argument n ("*3"), else -1. */
static long arg_const(struct prog *p, const struct ci *ci, int n)
{
    if (n < 0 || n > 3 || ci->args[n] < 0)
        return -1;
    const char *k = str(p, ci->args[n]);
    if (k[0] != '*' || k[1] < '0' || k[1] > '9')
        return -1;
    char *end;
    long v = strtol(k + 1, &end, 0);
    return *end ? -1 : v;
}

/* The lock m[@pN] names in this call: m[3] when the caller passed 3, else -1. */
static int element_id(struct prog *p, const struct weft__op *op, const struct ci *ci)
{
    const char *at = strstr(op->a, "[@p");
    long v = at ? arg_const(p, ci, at[3] - '0') : -1;
    if (v < 0)
        return -1;
    char buf[600];
    snprintf(buf, sizeof(buf), "%.*s[%ld]%s", (int)(at - op->a), op->a, v, strchr(at, ']') + 1);
    return lock_text_id(p, intern(p, buf), buf, NULL);
}

/* SV-COMP's atomic section markers are understood without configuration. */
static const struct weft_check_lockfn builtin_lock_fns[] = {{"__VERIFIER_atomic_begin", "__VERIFIER_atomic_end"}};

/* If name is a configured (or built-in) lock wrapper, returns its acquire function's name. */
static const char *user_lock(struct prog *p, const char *name, int *acquire)
{
    size_t n = p->cfg ? p->cfg->nlock_fns : 0, nb = sizeof(builtin_lock_fns) / sizeof(builtin_lock_fns[0]);
    for (size_t i = 0; i < n + nb; i++) {
        const struct weft_check_lockfn *l = i < n ? &p->cfg->lock_fns[i] : &builtin_lock_fns[i - n];
        if (l->acquire && !strcmp(name, l->acquire)) {
            *acquire = 1;
            return l->acquire;
        }
        if (l->release && !strcmp(name, l->release)) {
            *acquire = 0;
            return l->acquire;
        }
    }
    return NULL;
}

/* Records that lock id names a once object (pthread_once_t, once_flag). */
static void once_mark(struct prog *p, int id)
{
    int_set_add(p, &p->once, &p->nonce, &p->caponce, id);
}

static struct barrier *barrier_get(struct prog *p, int id)
{
    for (size_t i = 0; i < p->nbars; i++)
        if (p->bars[i].id == id)
            return &p->bars[i];
    struct barrier *b = WEFT__PUSH(p->bars, p->nbars, p->capbars);
    if (!b) {
        p->oom = 1;
        return NULL;
    }
    memset(b, 0, sizeof(*b));
    b->id = id;
    return b;
}

/* pthread_barrier_init records the count; pthread_barrier_wait counts a wait of this
 * thread, which has then surely (acq) and maybe (bmay) passed the barrier. */
static void barrier_op(struct prog *p, const struct weft__op *op, const struct ci *ci, struct st *cur)
{
    int id = op->args[0] < -1 ? ci->args[-(op->args[0] + 2)] : op->args[0];
    if (id < 0)
        return;
    struct barrier *b = barrier_get(p, id);
    if (!b)
        return;
    p->thread_ops++; /* never memoized: every wait must be counted */
    if (!strcmp(op->b, "pthread_barrier_init")) {
        const char *n = strrchr(op->c, '\x1f');
        long v = n && n[1] ? strtol(n + 1, NULL, 10) : -1;
        b->count = b->count == 0 && v > 0 ? v : -1;
        return;
    }
    int k = 0;
    while (k < b->nw && b->w[k].ctx != ci->ctx)
        k++;
    if (k == b->nw) {
        if (b->nw == 16) {
            b->overflow = 1;
            return;
        }
        b->w[b->nw++] = (struct bwait){ci->ctx, 0};
    }
    b->w[k].waits += ci->loop > 0 ? WAITS_MANY : 1;
    ls_add(&cur->acq, id, 1);
    ls_add(&cur->bmay, id, 1);
}

static int is_longjmp(const char *n)
{
    return !strcmp(n, "longjmp") || !strcmp(n, "_longjmp") || !strcmp(n, "siglongjmp") || !strcmp(n, "__longjmp_chk");
}

static struct jmpst *jmp_find(struct prog *p, int env, int ctx)
{
    for (size_t i = 0; i < p->njmps; i++)
        if (p->jmps[i].env == env && p->jmps[i].ctx == ctx)
            return &p->jmps[i];
    return NULL;
}

/* Entering if (!setjmp(env)): the states longjmp(env) reaches it with are collected anew. */
static void jmp_arm(struct prog *p, int env, int ctx)
{
    struct jmpst *j = jmp_find(p, env, ctx);
    if (!j && !(j = WEFT__PUSH(p->jmps, p->njmps, p->capjmps))) {
        p->oom = 1;
        return;
    }
    j->env = env;
    j->ctx = ctx;
    j->armed = 1;
    memset(&j->s, 0, sizeof(j->s));
    j->s.dead = 1;
    j->nv = 0;
}

/* Whether value v is one of a switch's case values ("0,2,?,"; "?" may be any). */
static int case_listed(const char *cases, int v)
{
    for (const char *c = cases; *c;) {
        if (*c == '?' || atoi(c) == v)
            return 1;
        const char *e = strchr(c, ',');
        if (!e)
            break;
        c = e + 1;
    }
    return 0;
}

/* The states switch (setjmp(env))'s case label reaches by longjmp: those with value v
 * (INT_MIN: any), or for default those with a value no label lists; NULL when the jump
 * buffer was not armed. Marks it taken, as jmp_take does. */
static struct st jmp_case(struct prog *p, int env, int ctx, int v, int dflt, const char *cases)
{
    struct jmpst *j = jmp_find(p, env, ctx);
    struct st s = {.dead = 1};
    if (!j)
        return s;
    for (int i = 0; i < j->nv; i++)
        if (j->val[i] == INT_MIN || v == INT_MIN || (dflt ? !case_listed(cases, j->val[i]) : j->val[i] == v))
            st_merge(&s, &j->vs[i]);
    j->armed = 2;
    return s;
}

/* The states longjmp(env) was called with since the setjmp: setjmp's second return. */
static struct st jmp_take(struct prog *p, int env, int ctx)
{
    struct jmpst *j = jmp_find(p, env, ctx);
    struct st s = {.dead = 1};
    if (j) {
        s = j->s;
        j->armed = 2; /* a longjmp from now on goes back: not followed */
    }
    return s;
}

static void jmp_record(struct prog *p, const struct weft__op *op, const struct ci *ci, struct st *cur)
{
    int env = op->args[0] < -1 ? ci->args[-(op->args[0] + 2)] : op->args[0];
    struct jmpst *j = env >= 0 ? jmp_find(p, env, ci->ctx) : NULL;
    p->thread_ops++; /* never memoized: the jump must be recorded every time */
    if (j && j->armed == 1) {
        st_merge(&j->s, cur);
        const char *vk = op->args[1] >= 0 ? str(p, op->args[1]) : "";
        int v = vk[0] == '=' ? atoi(vk + 1) : INT_MIN, i = 0;
        while (i < j->nv && j->val[i] != v)
            i++;
        if (i == j->nv && j->nv == 4)
            v = INT_MIN, i = 3; /* too many values: the last slot stands for any */
        if (i == j->nv) {
            j->val[j->nv++] = v;
            j->vs[i] = *cur;
        } else {
            j->val[i] = v;
            st_merge(&j->vs[i], cur);
        }
        return;
    }
    reason(p, "longjmp at %s%s:%u: its setjmp was not followed", op->file, "", op->line);
}

/*
 * Element N of a global array accessed holding the lock of that same element (g[3].n
 * under g[3].m) holds "the lock of the element it accesses", which is what an access
 * through a pointer to an element holds with that element's lock ("obj:g.m").
 */
static void element_lock(struct prog *p, struct acc *a)
{
    const char *k = str(p, a->loc), *at = strrchr(k, '@');
    const char *dot = strchr(at ? at : k, '.');
    size_t base = dot ? (size_t)(dot - k) : strlen(k);
    char want[32];
    int wn = snprintf(want, sizeof(want), "[%d]", a->idx);
    struct lockset add = {0};
    for (int i = 0; i < a->ls.n; i++) {
        const char *l = str(p, (int)(a->ls.l[i] >> 1));
        if (strncmp(l, k, base) || strncmp(l + base, want, (size_t)wn))
            continue;
        char buf[600];
        snprintf(buf, sizeof(buf), "obj:%.*s%s", (int)base, k, l + base + wn);
        ls_add(&add, intern(p, buf), a->ls.l[i] & 1);
    }
    for (int i = 0; i < add.n; i++)
        ls_add(&a->ls, (int)(add.l[i] >> 1), add.l[i] & 1);
}

static void main_join_live(struct prog *p, int handle, const struct lockset *ls, const uint64_t *live);

/* Main joins handle: it is surely joined from now on, and the threads that may be running
 * are noted (the event is kept for the memoized runs that make it, to be replayed). */
static void main_join(struct prog *p, int handle, struct st *cur)
{
    ls_add(&cur->mj, handle, 1);
    struct jev *ev = WEFT__PUSH(p->jscr, p->njscr, p->capjscr);
    if (!ev) {
        p->oom = 1;
        return;
    }
    memset(ev, 0, sizeof(*ev));
    ev->handle = handle;
    ev->ls.n = cur->ls.n;
    memcpy(ev->ls.l, cur->ls.l, (size_t)cur->ls.n * sizeof(ev->ls.l[0]));
    memcpy(ev->live, cur->live, sizeof(ev->live));
    main_join_live(p, handle, &cur->ls, cur->live);
}

/* For each thread that may be running (live) when main joins handle holding ls: main joined
 * handle while holding what it held since starting that thread and still holds. */
static void main_join_live(struct prog *p, int handle, const struct lockset *ls, const uint64_t *live)
{
    for (size_t r = 0; r < p->nentries && r < MAXE; r++) {
        if (!bit(live, (int)r))
            continue;
        struct lockset held = p->entries[r].since;
        ls_meet(&held, ls);
        struct mjoin *m = NULL;
        for (size_t i = 0; i < p->nmjoins && !m; i++)
            if (p->mjoins[i].handle == handle && p->mjoins[i].root == (int)r)
                m = &p->mjoins[i];
        if (m) {
            ls_meet(&m->held, &held);
        } else if ((m = WEFT__PUSH(p->mjoins, p->nmjoins, p->capmjoins))) {
            *m = (struct mjoin){handle, (int)r, held};
        } else {
            p->oom = 1;
            return;
        }
    }
}

/* Main releases lock (-1: any): joins of handles it may not have joined yet on this path
 * no longer happened inside that lock's section. */
static void main_unlock(struct prog *p, int lock, const struct st *cur)
{
    for (size_t i = 0; i < p->nmjoins; i++) {
        struct lockset one = {1, {(uint32_t)p->mjoins[i].handle << 1 | 1u}};
        if (ls_protects(&one, &cur->mj))
            continue;
        if (lock < 0)
            p->mjoins[i].held.n = 0;
        else
            ls_del(&p->mjoins[i].held, lock);
    }
}

/*
 * Memory of a region (the element a[v] of a global array and what is reached from it)
 * accessed while m[v] is held: the access holds the region's guard, as every access to
 * that array's elements under their own lock does. The guard comes from the access, from
 * the caller (through a parameter), or, for memory the caller owned that the callee stores
 * only into what parameter Q points at, from Q's.
 */
static void region_guard(struct prog *p, const struct weft__op *op, const struct ci *ci, const struct st *cur,
                         int owned, struct acc *a)
{
    int g = op->guard, gs = op->gstar;
    if (p->regions_linked)
        return;
    if (owned && op->ocls == 1)
        g = ci->guard[op->oq], gs = ci->gstar[op->oq];
    else if (g < 0)
        gs = ci->gstar[-g - 1], g = ci->guard[-g - 1];
    int mode = g > 0 && gs >= 0 ? ls_mode(&cur->star, gs) : -1;
    if (mode >= 0)
        ls_add(&a->ls, g - 1, mode);
}

static void do_call(struct prog *p, int callee, struct st *s, const struct ci *ci, const struct weft__op *op)
{
    struct ci c = *ci;
    c.depth++;
    /* Lock arguments: the caller's own parameters stand for what its caller passed. */
    for (int i = 0; i < 4; i++) {
        int v = op ? op->args[i] : -1;
        c.args[i] = v < -1 ? ci->args[-(v + 2)] : v;
    }
    /* An argument that is the caller's own-element parameter (passed on as it is, or as
     * "*@pK", what a local copy of it points at) is the callee's own element too. */
    c.own = 0;
    for (int i = 0; i < 4; i++) {
        int v = op ? op->args[i] : -1;
        int k = v < -1 ? -(v + 2) : v >= 0 && str(p, v)[0] == '*' ? param_ref(str(p, v) + 1) : -1;
        if (k >= 0 && (ci->own >> k & 1))
            c.own |= 1 << i;
    }
    /* Ownership and region guards of what the arguments point at, the caller's own
     * parameters standing for what its caller passed. */
    c.owned = 0;
    const struct opreg *rg = op && op->reg >= 0 ? &p->regs[op->reg] : NULL;
    for (int i = 0; i < 4; i++) {
        int co = rg ? rg->co[i] : 0, g = rg ? rg->cg[i] : 0;
        if (co == 1 || (co >= 2 && (ci->owned >> (co - 2) & 1)))
            c.owned |= 1 << i;
        c.guard[i] = g < 0 ? ci->guard[-g - 1] : g;
        c.gstar[i] = g < 0 ? ci->gstar[-g - 1] : rg ? rg->cs[i] : -1;
    }
    interp(p, callee, s, &c);
}

struct frame {
    char kind;
    int has_else;
    int jmp;  /* if (!setjmp(env)): env's id, its other branch is reached by longjmp only; else -1 */
    int key;  /* if on a local with one value per call ("v:" key id), else -1 */
    char val; /* the value (nonzero 1, zero 0) that takes the then branch */
    signed char fixed; /* an if on a global integer that always takes then (1) or else (0); else -1 */
    struct st pre, then; /* a switch: its head, and the states its breaks leave with */
    const char *cases;   /* a switch: its case values; has_else: it has a default label */
};

/* The innermost switch among the open frames, or -1. */
static int switch_frame(const struct frame *stack, int sp)
{
    int f = sp - 1;
    while (f >= 0 && stack[f].kind != WEFT__OP_SWITCH)
        f--;
    return f;
}

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

static void cf_forget(struct corr *c, int lock)
{
    for (int i = 0; i < c->nf;)
        if (lock < 0 || (int)(c->f[i].l >> 1) == lock)
            c->f[i] = c->f[--c->nf];
        else
            i++;
}

/* Entering an if on key: each branch drops the threads started only under the other
 * value, and takes the locks held under its own value. */
static void cond_split(struct prog *p, const struct corr *c, int key, int val, struct st *then, struct st *els)
{
    for (size_t e = 0; e < p->nentries && e < MAXE; e++) {
        const struct entry *E = &p->entries[e];
        if (!bit(c->mine, (int)e) || bit(c->in_live, (int)e) || E->ckey != key)
            continue;
        uint64_t m = ~(1ULL << (e % 64));
        if (E->cval == val)
            els->live[e / 64] &= m;
        else
            then->live[e / 64] &= m;
    }
    for (int i = 0; i < c->nf; i++)
        if (c->f[i].key == key)
            ls_add(c->f[i].val == val ? &then->ls : &els->ls, (int)(c->f[i].l >> 1), c->f[i].l & 1);
}

/* Leaving a top-level if on key: a lock held in one branch only is held under that value. */
static void cond_learn(struct corr *c, int key, int val, const struct st *then, const struct st *els)
{
    if (then->dead || els->dead)
        return;
    for (int side = 0; side < 2; side++) {
        const struct lockset *a = side ? &els->ls : &then->ls, *b = side ? &then->ls : &els->ls;
        for (int i = 0; i < a->n && c->nf < MAXF; i++) {
            struct lockset one = {1, {a->l[i]}};
            if (ls_subset(&one, b))
                continue;
            cf_forget(c, (int)(a->l[i] >> 1));
            c->f[c->nf++] = (struct cfact){a->l[i], key, (char)(side ? !val : val)};
        }
    }
}

/* Releases lock id (fully: every re-acquisition too), and what depends on it: path facts,
 * main's joins under it, the sections of threads this thread started under it. */
static void unlock_one(struct prog *p, int id, int fully, const struct ci *ci, struct st *cur, struct corr *corr)
{
    cf_forget(corr, id);
    if (fully) {
        while (rec_release(&cur->rec, id))
            ;
        ls_del(&cur->ls, id);
    } else if (!rec_release(&cur->rec, id)) {
        ls_del(&cur->ls, id);
    }
    if (cur->dead)
        return;
    if (ci->ctx < 0)
        main_unlock(p, id, cur);
    /* Threads this thread started under this lock and has not joined leave its protection. */
    for (size_t e = 0; e < p->nentries && e < MAXE; e++)
        if (bit(cur->live, (int)e)) {
            ls_del(&p->entries[e].prot, id);
            ls_del(&p->entries[e].since, id);
        }
}

static uint64_t memo_key(int fn, const struct st *s, const struct ci *ci)
{
    int flags = (ci->loop > 0) | (ci->atomic > 0) << 1 | ci->own << 2;
    uint64_t k[3] = {(uint64_t)(uint32_t)fn << 32 | (uint32_t)ci->ctx, (uint64_t)flags,
                     (uint64_t)(uint32_t)ci->args[0] << 32 | (uint32_t)ci->args[1]};
    k[1] |= (uint64_t)(uint32_t)ci->args[2] << 32;
    uint64_t h = mix(WEFT__FNV_INIT, k, 3);
    h = mix(h, &(uint64_t){(uint32_t)ci->args[3]}, 1);
    if (ci->owned || ci->guard[0] || ci->guard[1] || ci->guard[2] || ci->guard[3] || s->star.n) {
        uint64_t g[3] = {(uint64_t)(uint32_t)ci->owned << 32 | (uint32_t)ci->guard[0],
                         (uint64_t)(uint32_t)ci->guard[1] << 32 | (uint32_t)ci->guard[2],
                         (uint64_t)(uint32_t)ci->guard[3]};
        h = mix_ls(mix(h, g, 3), &s->star);
    }
    h = mix_ls(h, &s->ls);
    for (int i = 0; i < s->rec.n; i++)
        h = mix(h, &(uint64_t){(uint32_t)s->rec.id[i]}, 1);
    h = mix(h, s->live, MAXE / 64);
    if (ci->ctx < 0 && s->mj.n) /* what main's joins record depends on the handles it joined before */
        h = mix_ls(h, &s->mj);
    return h | 1;
}

/* Replays a memoized run's joins by main: the handles it surely joined, and each join's
 * record of the threads running then (also kept for the runs on the stack, to memoize them). */
static void jlog_replay(struct prog *p, int log, struct st *s)
{
    const struct jlog *L = &p->logs[log - 1];
    s->mj = L->mj;
    p->joins++;
    for (size_t i = 0; i < L->nev; i++) {
        struct jev *ev = WEFT__PUSH(p->jscr, p->njscr, p->capjscr);
        if (!ev) {
            p->oom = 1;
            return;
        }
        *ev = p->jev[L->ev0 + i];
        main_join_live(p, ev->handle, &ev->ls, ev->live);
    }
}

/* Main's joins made since ev0, each once (a join replayed with the same locks and running
 * threads records nothing new); returns how many. */
static size_t jscr_dedup(struct prog *p, size_t ev0)
{
    size_t out = ev0;
    for (size_t i = ev0; i < p->njscr; i++) {
        size_t j = ev0;
        while (j < out && memcmp(&p->jscr[j], &p->jscr[i], sizeof(p->jscr[i])))
            j++;
        if (j == out)
            p->jscr[out++] = p->jscr[i];
    }
    p->njscr = out;
    return out - ev0;
}

/* Keeps the join log of a memoized run of main: the handles it surely joined after it (mj)
 * and its joins since ev0. Returns 1 + its index, or 0 when out of memory. */
static int jlog_keep(struct prog *p, const struct lockset *mj, size_t ev0, size_t nev)
{
    if (weft__grow((void **)&p->jev, &p->capjev, p->njev + nev, sizeof(*p->jev))) {
        p->oom = 1;
        return 0;
    }
    struct jlog *L = WEFT__PUSH(p->logs, p->nlogs, p->caplogs);
    if (!L) {
        p->oom = 1;
        return 0;
    }
    L->mj = *mj;
    L->ev0 = p->njev;
    L->nev = nev;
    memcpy(p->jev + p->njev, p->jscr + ev0, nev * sizeof(*p->jev));
    p->njev += nev;
    return (int)p->nlogs;
}

static void interp(struct prog *p, int fn, struct st *s, const struct ci *ci0)
{
    struct pfn *pf = &p->fns[fn];
    if (pf->on_stack || ci0->depth > MAXDEPTH || p->budget <= 0 || p->oom) {
        p->cut = 1;
        return;
    }
    /* Memoized by entry state, unless the run started or joined threads: those effects must repeat. */
    uint64_t key = memo_key(fn, s, ci0);
    struct memo *m = &p->memo[key & (p->nmemo - 1)];
    /* The acquired set is not in the key (it would defeat memoization); only accesses of the
     * entry function itself record it, and a call adds what the callee surely acquired. */
    if (m->used && m->key == key) {
        s->ls = m->ls;
        s->star.n = m->nstar;
        memcpy(s->star.l, m->star, m->nstar * sizeof(m->star[0]));
        s->rec = m->rec;
        memcpy(s->live, m->live, sizeof(s->live));
        s->dead = m->dead;
        for (int i = 0; i < m->gain.n; i++)
            ls_add(&s->acq, (int)(m->gain.l[i] >> 1), m->gain.l[i] & 1);
        if (m->log)
            jlog_replay(p, m->log, s);
        return;
    }
    struct lockset in_acq = s->acq;
    long thread_ops = p->thread_ops, joins = p->joins;
    size_t ev0 = p->njscr;
    struct ci ci = *ci0;
    if (pf->atomic)
        ci.atomic++;
    pf->on_stack = 1;
    struct frame stack[64];
    int sp = 0, lost = 0;
    struct st cur = *s, ret;
    struct corr corr;
    int jumped = 0; /* a longjmp left this call */
    memset(&corr, 0, sizeof(corr));
    memcpy(corr.in_live, s->live, sizeof(corr.in_live));
    ret.dead = 1;
    for (size_t i = 0; i < pf->f->nops && !p->oom; i++) {
        const struct weft__op *op = &pf->f->ops[i];
        p->budget--;
        switch (op->kind) {
        case WEFT__OP_IF:
        case WEFT__OP_LOOP:
        case WEFT__OP_SWITCH:
            if (sp == 64) {
                lost++;
                break;
            }
            stack[sp].kind = op->kind;
            stack[sp].has_else = 0;
            stack[sp].key = op->kind == WEFT__OP_IF && op->a[0] == 'v' ? op->ia : -1;
            stack[sp].cases = op->c;
            stack[sp].jmp = op->kind != WEFT__OP_LOOP && op->a[0] == 'j' && (op->mode == '0' || op->kind == WEFT__OP_SWITCH)
                                ? op->args[0] < -1 ? ci.args[-(op->args[0] + 2)] : op->args[0]
                                : -1;
            if (stack[sp].jmp >= 0)
                jmp_arm(p, stack[sp].jmp, ci.ctx);
            stack[sp].val = op->mode != '-';
            stack[sp].pre = cur;
            stack[sp].fixed = (signed char)(op->kind == WEFT__OP_IF && op->a[0] == 'b' ? bcond(p, op) : -1);
            if (stack[sp].fixed == 0)
                cur.dead = 1; /* no value the global takes enters the then branch */
            if (stack[sp].key >= 0 && !cur.dead)
                cond_split(p, &corr, stack[sp].key, stack[sp].val, &cur, &stack[sp].pre);
            if (op->kind == WEFT__OP_SWITCH) {
                stack[sp].then = cur;
                stack[sp].then.dead = 1; /* what its breaks leave with */
                cur.dead = 1;            /* the body is entered at its labels only */
            }
            sp++;
            if (op->kind == WEFT__OP_LOOP)
                ci.loop++;
            break;
        case WEFT__OP_CASE: {
            int f = switch_frame(stack, sp);
            if (f < 0 || lost)
                break;
            int v = op->args[1], dflt = op->mode == 'd';
            struct st e = stack[f].pre;
            stack[f].has_else |= dflt;
            if (stack[f].jmp >= 0) {
                /* setjmp's first return is 0; the others come from longjmp. */
                int direct = dflt ? !case_listed(stack[f].cases, 0) : v == 0 || v == INT_MIN;
                struct st j = v || dflt ? jmp_case(p, stack[f].jmp, ci.ctx, v, dflt, stack[f].cases) : e;
                if (!direct)
                    e = j;
                else
                    st_merge(&e, &j);
            }
            st_merge(&cur, &e);
            break;
        }
        case WEFT__OP_BREAK: {
            int f = switch_frame(stack, sp);
            if (f < 0 || lost)
                break;
            st_merge(&stack[f].then, &cur);
            cur.dead = 1;
            break;
        }
        case WEFT__OP_ELSE:
            if (sp && stack[sp - 1].kind == WEFT__OP_IF && !lost) {
                stack[sp - 1].then = cur;
                stack[sp - 1].has_else = 1;
                cur = stack[sp - 1].jmp >= 0 ? jmp_take(p, stack[sp - 1].jmp, ci.ctx) : stack[sp - 1].pre;
                stack[sp - 1].val = !stack[sp - 1].val; /* now the value taking this branch */
                if (stack[sp - 1].fixed == 1)
                    cur.dead = 1;
            }
            break;
        case WEFT__OP_ENDIF:
            if (lost) {
                lost--;
                break;
            }
            if (sp && stack[sp - 1].kind == WEFT__OP_SWITCH) {
                sp--;
                st_merge(&cur, &stack[sp].then);
                if (!stack[sp].has_else) {
                    /* No label matched: straight past the body. */
                    struct st e = stack[sp].pre;
                    if (stack[sp].jmp >= 0) {
                        struct st j = jmp_case(p, stack[sp].jmp, ci.ctx, 0, 1, stack[sp].cases);
                        if (case_listed(stack[sp].cases, 0))
                            e = j;
                        else
                            st_merge(&e, &j);
                    }
                    st_merge(&cur, &e);
                }
                if (stack[sp].jmp >= 0)
                    jmp_case(p, stack[sp].jmp, ci.ctx, 0, 0, ""); /* later longjmps are not followed */
                break;
            }
            if (sp && stack[sp - 1].kind == WEFT__OP_IF) {
                sp--;
                if (stack[sp].jmp >= 0 && !stack[sp].has_else)
                    stack[sp].pre = jmp_take(p, stack[sp].jmp, ci.ctx);
                if (stack[sp].fixed == 1 && !stack[sp].has_else)
                    stack[sp].pre.dead = 1;
                const struct st *other = stack[sp].has_else ? &stack[sp].then : &stack[sp].pre;
                /* Only at the top level: every later path of the call went through this if. */
                if (!sp && stack[sp].key >= 0)
                    cond_learn(&corr, stack[sp].key, stack[sp].has_else ? !stack[sp].val : stack[sp].val,
                               stack[sp].has_else ? other : &cur, stack[sp].has_else ? &cur : other);
                st_merge(&cur, other);
            }
            break;
        case WEFT__OP_ENDLOOP:
            if (lost) {
                lost--;
                break;
            }
            if (sp && stack[sp - 1].kind == WEFT__OP_LOOP) {
                sp--;
                ci.loop--;
                /* Joins inside a loop are taken as joining every thread of that handle. */
                if (cur.dead) {
                    cur = stack[sp].pre;
                } else {
                    ls_meet(&cur.ls, &stack[sp].pre.ls);
                    rec_meet(&cur.rec, &stack[sp].pre.rec);
                }
            }
            break;
        case WEFT__OP_RETURN:
            st_merge(&ret, &cur);
            cur.dead = 1;
            break;
        case WEFT__OP_ACCESS: {
            if (cur.dead)
                break;
            struct acc a;
            memset(&a, 0, sizeof(a));
            if (op->mode == 'x' && p->last_call_defined)
                break;
            a.loc = op->ia;
            a.tloc = *op->c ? op->ic : a.loc;
            a.file = op->ifile;
            a.text = op->ib;
            a.ctx = ci.ctx;
            a.line = op->line;
            a.col = op->col;
            a.mode = op->mode == 'x' ? 'w' : op->mode;
            a.typed = op->typed;
            a.alias = op->alias;
            a.root = op->root;
            a.idx = op->pidx >= 0 ? -1 : op->args[0] < -1 ? arg_const(p, &ci, -(op->args[0] + 2)) : op->args[0];
            /* What the caller owns and the callee lets nobody reach: no access. */
            int owned = op->pidx >= 0 && op->pidx < 4 && (ci.owned >> op->pidx & 1);
            if (owned && op->ocls == 0)
                break;
            if (op->pidx >= 0 && param_access(p, op, &ci, &a))
                break; /* the caller's own private local */
            a.atomic = op->atomic;
            a.sup = op->flag & 1;
            a.own = op->pidx >= 0 && op->pidx < 4 && (op->flag & 2) && (ci.own >> op->pidx & 1);
            a.ls = cur.ls;
            region_guard(p, op, &ci, &cur, owned, &a);
            if (a.idx >= 0)
                element_lock(p, &a);
            if (ci.depth == 0)
                a.acq = cur.acq;
            if (ci.atomic)
                ls_add(&a.ls, p->atomic_lock, 1);
            memcpy(a.live, cur.live, sizeof(a.live)); /* the threads this one started that may run */
            memcpy(a.started, cur.started, sizeof(a.started));
            a.bmay = cur.bmay;
            if (ci.ctx < 0) {
                for (size_t e = 0; e < p->nentries && e < MAXE; e++)
                    if (bit(cur.live, (int)e) && ls_protects(&cur.ls, &p->entries[e].since))
                        setbit(a.before, (int)e);
            }
            acc_add(p, &a);
            break;
        }
        case WEFT__OP_LOCK:
            /* m[i]: some lock of an array we cannot tell apart, so it protects nothing; it
             * is noted as an element lock held, which the guards of regions need. */
            if (op->typed && op->gstar >= 0 && (op->typed == 1 || element_id(p, op, &ci) < 0)) {
                ls_add(&cur.star, op->gstar, op->mode != 'r');
            }
            if (!op->typed || (op->typed == 2 && element_id(p, op, &ci) >= 0)) {
                int id = op->typed ? element_id(p, op, &ci) : op_lock(p, op, &ci);
                cf_forget(&corr, id);
                /* Locked again while held: a recursive mutex (a plain one would deadlock). */
                struct lockset one = {1, {(uint32_t)id << 1 | 1u}};
                if (ls_subset(&one, &cur.ls) && cur.rec.n < MAXR)
                    cur.rec.id[cur.rec.n++] = id;
                ls_add(&cur.ls, id, op->mode != 'r');
                ls_add(&cur.acq, id, op->mode != 'r');
            }
            break;
        case WEFT__OP_UNLOCK: {
            /* Through a pointer we cannot follow it may be any lock; through a parameter
             * ("*@pN") it is what the caller passed, as for the lock call. */
            int all = op->a[0] == '*' && strncmp(op->a, "*@p", 3);
            int elem = op->typed == 2 ? element_id(p, op, &ci) : -1;
            if (cur.star.n) {
                int st = op->pidx >= 0 && op->pidx < 4 && ci.args[op->pidx] >= 0 ? star_of(p, str(p, ci.args[op->pidx]))
                                                                                   : op->gstar;
                if (all)
                    cur.star.n = 0;
                else if (st >= 0)
                    ls_del(&cur.star, st);
            }
            if (!all && (!op->typed || elem >= 0)) {
                unlock_one(p, elem >= 0 ? elem : op_lock(p, op, &ci), 0, &ci, &cur, &corr);
                break;
            }
            /* Any lock, or any element of an array (m[i]): every lock it may be is released. */
            size_t plen = op->typed ? (size_t)(strchr(op->a, '[') - op->a) + 1 : 0;
            struct lockset held = cur.ls;
            for (int k = 0; k < held.n; k++) {
                const char *l = str(p, (int)(held.l[k] >> 1));
                if (all || !strncmp(l, op->a, plen))
                    unlock_one(p, (int)(held.l[k] >> 1), 1, &ci, &cur, &corr);
            }
            break;
        }
        case WEFT__OP_CALL: {
            if (!strncmp(op->b, "pthread_barrier_", 16) && !*op->a) {
                if (!cur.dead)
                    barrier_op(p, op, &ci, &cur);
                break;
            }
            int acquire;
            const char *u = user_lock(p, op->b, &acquire);
            p->last_call_defined = u != NULL; /* a lock wrapper does not write its argument */
            if (u) {
                const char *k = op->c;
                char buf[256];
                const char *sep = strchr(k, '\x1f');
                if (sep) {
                    snprintf(buf, sizeof(buf), "%.*s", (int)(sep - k), k);
                    k = buf;
                }
                char cs[256];
                if (!*k || !strcmp(k, "*")) {
                    /* An argument-less pair guards one critical section named after it. */
                    snprintf(cs, sizeof(cs), "cs:%s", u);
                    k = cs;
                }
                int id = lock_id(p, k, &ci, k == cs ? u : NULL);
                if (acquire)
                    ls_add(&cur.ls, id, 1);
                else
                    ls_del(&cur.ls, id);
                break;
            }
            int callee = fn_lookup(p, op->ia);
            p->last_call_defined = callee >= 0;
            if (callee < 0 && is_longjmp(op->b)) {
                if (!cur.dead)
                    jmp_record(p, op, &ci, &cur);
                if (!cur.dead)
                    jumped = 1;
                cur.dead = 1;
                break;
            }
            if (callee >= 0 && !cur.dead) {
                cf_forget(&corr, -1); /* it may take or release locks */
                do_call(p, callee, &cur, &ci, op);
            }
            for (int k = 0; callee < 0 && k < 4 && !cur.dead; k++) {
                if (op->pslot[k] < 0)
                    continue;
                struct slotres *r = resolve(p, op->pslot[k]);
                size_t nt = r ? r->n : 0;
                /* pthread_once/call_once run their callback under the once object, as under a lock. */
                int once = (!strcmp(op->b, "pthread_once") || !strcmp(op->b, "call_once")) && op->args[0] >= 0;
                for (size_t j = 0; j < nt; j++) {
                    struct st t = cur;
                    if (once)
                        ls_add(&t.ls, op->args[0], 1);
                    do_call(p, p->slots[op->pslot[k]].fns[j], &t, &ci, NULL);
                }
                /* Whichever thread ran the callback, it has finished when pthread_once returns:
                 * what follows comes after every access the callback made. */
                if (once) {
                    ls_add(&cur.acq, op->args[0], 1);
                    once_mark(p, op->args[0]);
                }
            }
            break;
        }
        case WEFT__OP_ICALL: {
            if (cur.dead)
                break;
            struct slotres *r = *op->a ? resolve(p, op->ia) : NULL;
            if (!r || !r->n) {
                reason(p, "call through '%s' at %s:%u: target not resolved", op->b, op->file, op->line);
                break;
            }
            struct st out = {.dead = 1};
            size_t n = r->n;
            cf_forget(&corr, -1);
            for (size_t j = 0; j < n; j++) {
                struct st t = cur;
                do_call(p, p->slots[op->ia].fns[j], &t, &ci, NULL);
                st_merge(&out, &t);
            }
            if (!out.dead)
                cur = out;
            break;
        }
        case WEFT__OP_CREATE: {
            if (cur.dead)
                break;
            /* A run that starts threads is never memoized: its effects on the entries must repeat. */
            p->thread_ops++;
            int targets[64], nt = 0;
            if (op->mode == 'f') {
                int f = fn_lookup(p, op->ib);
                if (f >= 0)
                    targets[nt++] = f;
                else
                    reason(p, "thread entry '%s' at %s:%u: no definition", str(p, op->ic), op->file, op->line);
            } else {
                struct slotres *r = *op->b ? resolve(p, op->ib) : NULL;
                for (size_t j = 0; r && j < r->n && nt < 64; j++)
                    targets[nt++] = r->fns[j];
                if (!nt)
                    reason(p, "thread entry '%s' at %s:%u: function pointer not resolved", str(p, op->ic), op->file,
                           op->line);
            }
            /* The argument: a global object, what a caller passed, or a null pointer. */
            int arg = op->args[0] < -1 ? ci.args[-(op->args[0] + 2)] : op->args[0];
            /* The innermost if on a one-value local around this start, and its branch's value. */
            int ckey = -1, cval = 0;
            for (int f = sp - 1; f >= 0 && ckey < 0; f--)
                if (stack[f].kind == WEFT__OP_IF && stack[f].key >= 0)
                    ckey = stack[f].key, cval = stack[f].val;
            for (int j = 0; j < nt; j++) {
                int e = entry_get(p, targets[j], arg, ckey >= 0 ? ckey * 2 + cval : -1);
                struct entry *E = &p->entries[e];
                if (!E->creates)
                    E->ckey = ckey, E->cval = (char)cval;
                else if (E->ckey != ckey || E->cval != cval)
                    E->ckey = -2;
                setbit(corr.mine, e);
                E->creates++;
                if ((op->flag & 1) || ci.loop > 0)
                    E->in_loop = 1;
                /* Each instance has its own element only if this one loop of main, run once,
                 * is all that starts the entry (two loops over a[i] would share a[0]). */
                int own = (op->flag & 2) && ci.ctx < 0 && ci.depth == 0 && ci.loop <= 1;
                E->dop = !E->dop_init || E->dop == op ? own ? op : NULL : NULL;
                E->dop_init = 1;
                if (ci.ctx >= 0) {
                    E->nonmain = 1;
                    E->parent = E->main_created || (E->parent != -1 && E->parent != ci.ctx) ? -2 : ci.ctx;
                    /* What its starter had surely acquired, the new thread comes after. */
                    if (!E->inh_init)
                        E->inh_acq = cur.acq;
                    else
                        ls_meet(&E->inh_acq, &cur.acq);
                    E->inh_init = 1;
                } else {
                    E->main_created = 1;
                    if (E->nonmain)
                        E->parent = -2;
                }
                struct lockset held = {0};
                for (int l = 0; l < cur.ls.n; l++)
                    if (cur.ls.l[l] & 1)
                        held.l[held.n++] = cur.ls.l[l];
                if (!E->prot_init) {
                    E->prot = E->cl = held;
                    E->prot_init = 1;
                } else {
                    ls_meet(&E->prot, &held);
                    ls_meet(&E->cl, &held);
                }
                E->since = held;
                for (size_t b = 0; b < p->nentries; b++)
                    if (bit(cur.live, (int)b) && b < MAXE) {
                        setbit(E->co, (int)b);
                        setbit(p->entries[b].co, e);
                    }
                setbit(cur.live, e);
                setbit(cur.started, e);
                int handle = op->pidx >= 0 && ci.args[op->pidx] >= 0 ? ci.args[op->pidx] : op->pidx >= 0 ? -1 : op->ia;
                if (*op->a && handle >= 0) {
                    uint64_t *hb = handle_bits(p, handle, 1);
                    if (hb)
                        setbit(hb, e);
                }
            }
            break;
        }
        case WEFT__OP_JOIN:
            /* A join changes the state (the threads running, the handles main joined) and
             * main's joins record what was running: memoized with a log of those. */
            p->joins++;
            /* Joining main returns only once main ended (pthread_exit): after all of main.
             * What a thread has acquired is not in the memo's key: never memoized. */
            for (size_t k = 0; ci.ctx >= 0 && !cur.dead && k < p->nmain_tid; k++)
                if (p->main_tid[k] == op->ia) {
                    ls_add(&cur.acq, p->main_end, 1);
                    p->thread_ops++;
                }
            if (ci.ctx < 0 && *op->a && !cur.dead)
                main_join(p, op->ia, &cur);
            if (*op->a && !cur.dead) {
                uint64_t *hb = handle_bits(p, op->ia, 0);
                if (hb)
                    for (int w = 0; w < MAXE / 64; w++)
                        cur.live[w] &= ~hb[w];
            }
            break;
        }
    }
    st_merge(&ret, &cur);
    /* Never returns (exit, infinite loop): the caller's state is moot; but a function that
     * always longjmps leaves its caller's path dead, the setjmp side goes on. */
    if (ret.dead && !jumped)
        ret = cur, ret.dead = 0;
    pf->on_stack = 0;
    *s = ret;
    size_t nev = jscr_dedup(p, ev0);
    if (p->budget > 0 && thread_ops == p->thread_ops && ret.star.n <= MEMO_STAR) {
        m->log = ci.ctx < 0 && joins != p->joins ? jlog_keep(p, &ret.mj, ev0, nev) : 0;
        if (p->oom)
            return;
        m->key = key;
        m->nstar = (unsigned char)ret.star.n;
        memcpy(m->star, ret.star.l, (size_t)ret.star.n * sizeof(m->star[0]));
        m->gain.n = 0;
        for (int i = 0; i < ret.acq.n; i++) {
            struct lockset one = {1, {ret.acq.l[i]}};
            if (!ls_subset(&one, &in_acq))
                m->gain.l[m->gain.n++] = ret.acq.l[i];
        }
        m->ls = ret.ls;
        m->rec = ret.rec;
        memcpy(m->live, ret.live, sizeof(m->live));
        m->dead = ret.dead;
        m->used = 1;
    }
}

/* ---- findings ---------------------------------------------------------------------------- */

/* The one thread that started e, or -1 (main, several starters, or unknown). */
static int par(struct prog *p, int e)
{
    const struct entry *E = &p->entries[e];
    return E->parent >= 0 && !E->main_created ? E->parent : -1;
}

/* e's starter, when e's whole life lies within it (started and joined by it), else -1. */
static int up(struct prog *p, int e)
{
    return p->entries[e].escapes ? -1 : par(p, e);
}

/* e is started by main alone. */
static int main_root(struct prog *p, int e)
{
    return p->entries[e].main_created && p->entries[e].parent == -1;
}

/* e's chain of lifetimes: e, the thread it lives within, ... up to MAXC; returns the length. */
#define MAXC 64
static int lifetimes(struct prog *p, int e, int *chain)
{
    int n = 0;
    for (; e >= 0 && n < MAXC; e = up(p, e))
        chain[n++] = e;
    return n;
}

/* The thread main started whose descendant e is (through single starters), or -1. */
static int started_by_main(struct prog *p, int e)
{
    for (int steps = 0; e >= 0 && steps < MAXC; steps++) {
        if (main_root(p, e))
            return e;
        e = par(p, e);
    }
    return -1;
}

static int concurrent(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 && b->ctx < 0)
        return 0;
    if (a->ctx < 0 || b->ctx < 0) {
        const struct acc *m = a->ctx < 0 ? a : b, *t = a->ctx < 0 ? b : a;
        int chain[MAXC], n = lifetimes(p, t->ctx, chain);
        /* A thread living within one main started runs while that one may. */
        if (main_root(p, chain[n - 1]))
            return bit(m->live, chain[n - 1]);
        /* A thread that may outlive its starter: from when main started its ancestor on. */
        int r = started_by_main(p, t->ctx);
        return r >= 0 ? bit(m->started, r) : any(m->started);
    }
    /* Two instances started by one loop, each given its own element, touching it through
     * that argument: different elements. */
    if (a->ctx == b->ctx)
        return p->entries[a->ctx].multi && !(a->own && b->own && p->entries[a->ctx].dop);
    /* One thread started (through its children) the other: its accesses made while the
     * child on the way could not run are ordered with the descendant's. */
    for (int pass = 0; pass < 2; pass++) {
        const struct acc *x = pass ? b : a, *y = pass ? a : b;
        int c = y->ctx, q, steps = 0;
        for (; (q = par(p, c)) >= 0 && steps < MAXC; c = q, steps++)
            if (q == x->ctx)
                return p->entries[q].multi || bit(x->live, c);
    }
    /* Else as the two children of their lowest common ancestor that contain them. */
    int ca[MAXC], cb[MAXC];
    int na = lifetimes(p, a->ctx, ca), nb = lifetimes(p, b->ctx, cb);
    for (int i = 1; i < na; i++)
        for (int j = 1; j < nb; j++)
            if (ca[i] == cb[j])
                return p->entries[ca[i]].multi || bit(p->entries[ca[i - 1]].co, cb[j - 1]);
    if (main_root(p, ca[na - 1]) && main_root(p, cb[nb - 1]))
        return bit(p->entries[ca[na - 1]].co, cb[nb - 1]);
    return 1;
}

#define MAXS 32

/*
 * The critical sections ctx's thread runs inside, as (lock, holder) pairs, holder -1 for
 * main: those its starters held from starting it (or the thread it lives within) until
 * joining it, and those main held from starting its ancestor until joining it.
 */
static int sections(struct prog *p, int ctx, uint32_t *locks, int *holders)
{
    int chain[MAXC], n = lifetimes(p, ctx, chain), ns = 0;
    for (int i = 0; i < n; i++) {
        const struct entry *E = &p->entries[chain[i]];
        int h = main_root(p, chain[i]) ? -1 : par(p, chain[i]);
        for (int k = 0; k < E->jl.n && ns < MAXS; k++)
            locks[ns] = E->jl.l[k], holders[ns++] = -1;
        if (h == -1 && !main_root(p, chain[i]))
            break; /* started by several threads: whose section is unknown */
        for (int k = 0; k < E->prot.n && ns < MAXS; k++)
            locks[ns] = E->prot.l[k], holders[ns++] = h;
    }
    return ns;
}

/* ctx's thread runs inside a section on lock l held by someone other than holder[0]:
 * holder[1] gets who. */
static int in_section(struct prog *p, int ctx, uint32_t l, int *holder)
{
    uint32_t locks[MAXS];
    int holders[MAXS], n = sections(p, ctx, locks, holders);
    for (int i = 0; i < n; i++)
        if (locks[i] >> 1 == l >> 1 && holders[i] != holder[0]) {
            holder[1] = holders[i];
            return 1;
        }
    return 0;
}

/* a's thread (or a thread it lives within) runs inside a critical section on some lock
 * that b holds itself, or that b's thread runs inside another thread's section on. */
static int prot_protects(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 || b->ctx < 0 || a->ctx == b->ctx)
        return 0;
    uint32_t locks[MAXS];
    int holders[MAXS], n = sections(p, a->ctx, locks, holders);
    for (int k = 0; k < n; k++) {
        uint32_t l = locks[k];
        int h = holders[k], hold[2] = {h, 0};
        /* Both inside the same thread's critical section exclude nothing. */
        int same = 0;
        for (int j = 0; j < b->ls.n && !same; j++)
            if (b->ls.l[j] >> 1 == l >> 1) {
                int other[2] = {-3, 0};
                same = in_section(p, b->ctx, l, other) && other[1] == h;
            }
        for (int j = 0; j < b->ls.n && !same; j++)
            if (b->ls.l[j] >> 1 == l >> 1 && b->ctx != h)
                return 1;
        /* Inside two different threads' sections on one lock: they exclude each other. */
        if (in_section(p, b->ctx, l, hold))
            return 1;
    }
    return 0;
}

/* Main's access m, made holding a lock it has held since starting t's thread, comes before
 * t's accesses made after that thread first took the lock. */
static int created_locked(struct prog *p, const struct acc *m, const struct acc *t)
{
    if (m->ctx >= 0 || t->ctx < 0)
        return 0;
    /* A descendant's lock acquisitions (its own, or its starters' before starting it) all
     * come after main started the thread it descends from. */
    int r = started_by_main(p, t->ctx);
    if (r < 0 || !bit(m->before, r))
        return 0;
    return ls_protects(&m->ls, &t->acq);
}

/* a's thread lives inside main's critical section on L; b's thread was started while main
 * held L and b comes after its thread took L: so after main released L, after a's thread ended. */
static int after_section(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 || b->ctx < 0 || a->ctx == b->ctx)
        return 0;
    /* b's thread descends from one main started while holding L; L's acquisitions there all
     * fall between main's sections on L, and a's thread lives within one such section. */
    int r = started_by_main(p, b->ctx);
    if (r < 0)
        return 0;
    const struct entry *E = &p->entries[r];
    uint32_t locks[MAXS];
    int holders[MAXS], n = sections(p, a->ctx, locks, holders);
    for (int i = 0; i < n; i++) {
        struct lockset one = {1, {locks[i]}};
        if (holders[i] == -1 && ls_protects(&one, &E->cl) && ls_protects(&one, &b->acq))
            return 1;
    }
    return 0;
}

/* a runs in a once callback and b's thread passed a call of the same once object first:
 * that call returned only after the callback had finished. */
static int once_before(struct prog *p, const struct acc *a, const struct acc *b)
{
    for (size_t i = 0; i < p->nonce; i++) {
        struct lockset one = {1, {(uint32_t)p->once[i] << 1 | 1u}};
        if (ls_protects(&one, &a->ls) && ls_protects(&one, &b->acq) && !ls_protects(&one, &b->ls))
            return 1;
    }
    return 0;
}

/* How many instances of thread ctx run (main: 1), WAITS_MANY when unbounded. */
static long instances(struct prog *p, int ctx)
{
    if (ctx < 0)
        return 1;
    const struct entry *E = &p->entries[ctx];
    if (E->in_loop || E->parent == -2 || (E->parent >= 0 && p->entries[E->parent].multi))
        return WAITS_MANY;
    return E->creates < WAITS_MANY ? E->creates : WAITS_MANY;
}

/*
 * b's thread surely passed a barrier whose count is at least every wait that can ever
 * happen on it: then one generation alone can complete, and only once all those waits
 * happened. a's thread is one of the waiters and a comes before its own wait (it may
 * not have waited yet), so a comes before b.
 */
static int barrier_before(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (p->cut || p->nreasons)
        return 0; /* a wait may have gone uncounted */
    for (size_t i = 0; i < p->nbars; i++) {
        const struct barrier *B = &p->bars[i];
        struct lockset one = {1, {(uint32_t)B->id << 1 | 1u}};
        if (B->count <= 0 || B->overflow || !ls_protects(&one, &b->acq) || ls_protects(&one, &a->bmay))
            continue;
        long total = 0;
        int waiter = 0;
        for (int k = 0; k < B->nw && total <= B->count; k++) {
            long n = instances(p, B->w[k].ctx);
            total += n >= WAITS_MANY || B->w[k].waits >= WAITS_MANY ? WAITS_MANY : n * B->w[k].waits;
            waiter |= B->w[k].ctx == a->ctx && B->w[k].waits > 0;
        }
        if (waiter && total <= B->count)
            return 1;
    }
    return 0;
}

/* a is main's and b's thread had joined main (so main had ended) before b. */
static int after_main(struct prog *p, const struct acc *a, const struct acc *b)
{
    struct lockset one = {1, {(uint32_t)p->main_end << 1 | 1u}};
    return a->ctx < 0 && b->ctx >= 0 && ls_protects(&one, &b->acq);
}

static int races(struct prog *p, const struct acc *a, const struct acc *b)
{
    /* Same location, or memory reached by type that may be the other's. */
    if (a->loc != b->loc && !((a->typed && b->alias) || (b->typed && a->alias)))
        return 0;
    if (a->loc == b->loc && a->idx >= 0 && b->idx >= 0 && a->idx != b->idx)
        return 0; /* g[3] and g[4] */
    if (a->mode == 'r' && b->mode == 'r')
        return 0;
    if (a->root && b->root && a->root != b->root && !p->roots_linked)
        return 0; /* memory of two global roots that no store links */
    if (a->atomic && b->atomic)
        return 0;
    if (a->sup || b->sup)
        return 0;
    if (ls_protects(&a->ls, &b->ls))
        return 0;
    if (prot_protects(p, a, b) || prot_protects(p, b, a))
        return 0;
    if (created_locked(p, a, b) || created_locked(p, b, a))
        return 0;
    if (after_section(p, a, b) || after_section(p, b, a))
        return 0;
    if (once_before(p, a, b) || once_before(p, b, a))
        return 0;
    if (barrier_before(p, a, b) || barrier_before(p, b, a))
        return 0;
    if (after_main(p, a, b) || after_main(p, b, a))
        return 0;
    return concurrent(p, a, b);
}

static int acc_cmp(const void *x, const void *y)
{
    const struct acc *a = x, *b = y;
    if (a->tloc != b->tloc)
        return a->tloc < b->tloc ? -1 : 1;
    if (a->loc != b->loc)
        return a->loc < b->loc ? -1 : 1;
    if (a->file != b->file)
        return a->file < b->file ? -1 : 1;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return a->ctx - b->ctx;
}

/* A short human name for a location or lock key. */
static const char *pretty(struct prog *p, const char *key, const char *fallback, struct weft__arena *A)
{
    char buf[512];
    if (!strncmp(key, "obj:", 4) && (!fallback || !*fallback))
        key += 4; /* the lock of the element accessed: named after the array's field */
    if (!strncmp(key, "g:", 2)) {
        const char *at = strrchr(key, '@');
        snprintf(buf, sizeof(buf), "%s", at ? at + 1 : key + 2);
    } else if (!strncmp(key, "o:", 2) && strrchr(key, '#')) {
        snprintf(buf, sizeof(buf), "%s", strrchr(key, '#') + 1); /* a function's local: its name */
    } else if (!strncmp(key, "cs:", 3)) {
        snprintf(buf, sizeof(buf), "%s()", key + 3);
    } else if (fallback && *fallback) {
        snprintf(buf, sizeof(buf), "%s", fallback);
    } else if (!strncmp(key, "f:", 2) || !strncmp(key, "t:", 2)) {
        snprintf(buf, sizeof(buf), "%s", key + 2);
    } else {
        snprintf(buf, sizeof(buf), "%s", key);
    }
    (void)p;
    const char *d = weft__arena_strdup(A, buf);
    return d ? d : "";
}

int weft__finding_cmp(const void *x, const void *y)
{
    const struct weft_check_finding *a = x, *b = y;
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return strcmp(a->id, b->id);
}

struct mark {
    size_t owner, idx;
};

static int idx_cmp(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return a < b ? -1 : a > b;
}

static int mark_cmp(const void *x, const void *y)
{
    const struct mark *a = x, *b = y;
    if (a->owner != b->owner)
        return a->owner < b->owner ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* One finding from the accesses in [g, e) whose racy flag is set, named after owner. */
static int emit_finding(struct prog *p, struct weft__arena *A, struct weft_check_result *r, size_t *capp,
                        const size_t *idx, size_t nr, const struct acc *owner)
{
    size_t cap = *capp;
        struct weft_check_finding *f = WEFT__PUSH(r->findings, r->nfindings, cap);
        if (!f)
            return -ENOMEM;
        memset(f, 0, sizeof(*f));
        f->accesses = weft__arena_alloc(A, nr * sizeof(*f->accesses));
        if (!f->accesses)
            return -ENOMEM;
        const struct acc *first = owner;
        for (size_t k = 0; k < nr; k++) {
            const struct acc *a = &p->accs[idx[k]];
            /* One note per (place, kind, thread, locks) even if reached from several contexts. */
            struct weft_check_access *x = &f->accesses[f->naccesses];
            /* The string table and the facts die with the pass: the result keeps copies. */
            x->file = weft__arena_strdup(A, str(p, a->file));
            x->line = a->line;
            x->col = a->col;
            x->kind = a->mode == 'r' ? "read" : "write";
            x->atomic = a->atomic;
            x->thread = weft__arena_strdup(A, a->ctx < 0 ? "main" : p->fns[p->entries[a->ctx].fn].f->name);
            x->text = weft__arena_strdup(A, str(p, a->text));
            if (!x->file || !x->thread || !x->text)
                return -ENOMEM;
            x->nlocks = (size_t)a->ls.n;
            x->locks = weft__arena_alloc(A, (x->nlocks + 1) * sizeof(*x->locks));
            if (!x->locks)
                return -ENOMEM;
            for (int l = 0; l < a->ls.n; l++) {
                int id = (int)(a->ls.l[l] >> 1);
                const char *t = (size_t)id < p->nlock_text && p->lock_text[id] ? p->lock_text[id] : NULL;
                const char *nm = id == p->atomic_lock ? "atomic section" : pretty(p, str(p, id), t, A);
                if (!(a->ls.l[l] & 1)) {
                    char b[300];
                    snprintf(b, sizeof(b), "%s (read)", nm);
                    nm = weft__arena_strdup(A, b);
                }
                x->locks[l] = nm ? nm : "";
            }
            int dup = 0;
            for (size_t k = 0; k < f->naccesses && !dup; k++) {
                const struct weft_check_access *y = &f->accesses[k];
                dup = y->line == x->line && y->col == x->col && !strcmp(y->file, x->file) &&
                      !strcmp(y->kind, x->kind) && !strcmp(y->thread, x->thread) && y->nlocks == x->nlocks;
                for (size_t l = 0; dup && l < x->nlocks; l++)
                    dup = !strcmp(y->locks[l], x->locks[l]);
            }
            if (!dup)
                f->naccesses++;
        }
        const char *key = str(p, first->loc);
        f->rule = "weft-race";
        const char *dot = !strncmp(key, "g:", 2) ? strchr(strrchr(key, '@') ? strrchr(key, '@') : key, '.') : NULL;
        if (dot) {
            char b[512];
            const char *at = strrchr(key, '@');
            snprintf(b, sizeof(b), "%s", at + 1);
            f->variable = weft__arena_strdup(A, b);
        } else {
            f->variable = pretty(p, key, str(p, first->text), A);
        }
        f->file = weft__arena_strdup(A, str(p, first->file));
        f->line = first->line;
        f->col = first->col;
        char msg[600];
        snprintf(msg, sizeof(msg), "data race on '%s'", f->variable ? f->variable : "");
        f->message = weft__arena_strdup(A, msg);
        uint64_t h = weft__fnv(WEFT__FNV_INIT, "weft-race|", 10);
        /* Statics' USRs carry their file name, so the key alone is stable across line moves. */
        h = weft__fnv(h, key, strlen(key));
        char id[17];
        snprintf(id, sizeof(id), "%016llx", (unsigned long long)h);
        f->id = weft__arena_strdup(A, id);
        if (!f->variable || !f->message || !f->id || !f->file)
            return -ENOMEM;
    
    *capp = cap;
    return 0;
}

/* What races() reads of an access: all of it but its place and text. */
static int acc_same(const struct acc *a, const struct acc *b)
{
    return a->loc == b->loc && a->tloc == b->tloc && a->ctx == b->ctx && a->idx == b->idx && a->mode == b->mode &&
           a->atomic == b->atomic && a->sup == b->sup && a->typed == b->typed && a->alias == b->alias &&
           a->own == b->own && a->root == b->root && ls_equal(&a->ls, &b->ls) && ls_equal(&a->acq, &b->acq) &&
           ls_equal(&a->bmay, &b->bmay) && !memcmp(a->live, b->live, sizeof(a->live)) &&
           !memcmp(a->before, b->before, sizeof(a->before)) && !memcmp(a->started, b->started, sizeof(a->started));
}

static uint64_t acc_sig(const struct acc *a)
{
    uint64_t k[3] = {(uint64_t)(uint32_t)a->ctx << 32 | (uint32_t)a->idx,
                     (uint64_t)(uint32_t)a->root << 32 | (uint64_t)(unsigned char)a->mode << 24 |
                         (uint64_t)(unsigned char)a->atomic << 16 | (uint64_t)(unsigned char)a->own << 8 |
                         (uint64_t)(unsigned char)a->sup,
                     (uint64_t)(unsigned char)a->typed << 8 | (uint64_t)(unsigned char)a->alias};
    uint64_t h = mix_ls(mix_ls(mix(WEFT__FNV_INIT, k, 3), &a->ls), &a->acq);
    return mix(mix(h, a->live, MAXE / 64), a->started, MAXE / 64);
}

/* Accesses races() cannot tell apart (the same but for place and text) form a class:
 * by class its first access (an index into p->accs), racy flag and last access; by access
 * (offset from the range's start) its class and the next access of its class; a hash table
 * of classes. */
#define NONE SIZE_MAX
struct classes {
    size_t *first, *last, *of, *next, cap, nc;
    char *racy;
    int *slot;
    size_t nslot;
};

/* Splits the accesses [s0, s1) into classes. 0 or -ENOMEM. */
static int classify(struct prog *p, size_t s0, size_t s1, struct classes *C)
{
    size_t k = s1 - s0, ns = 16;
    while (ns < 2 * k)
        ns *= 2;
    if (k > C->cap) {
        size_t **v[] = {&C->first, &C->last, &C->of, &C->next};
        C->cap = k;
        for (size_t i = 0; i < 4; i++) {
            free(*v[i]);
            if (!(*v[i] = malloc(k * sizeof(size_t))))
                C->cap = 0;
        }
        free(C->racy);
        if (!(C->racy = malloc(k)))
            C->cap = 0;
        if (!C->cap)
            return -ENOMEM;
    }
    if (ns > C->nslot) {
        free(C->slot);
        C->nslot = (C->slot = malloc(ns * sizeof(*C->slot))) ? ns : 0;
        if (!C->slot)
            return -ENOMEM;
    }
    memset(C->slot, -1, ns * sizeof(*C->slot));
    C->nc = 0;
    for (size_t i = s0; i < s1; i++) {
        size_t h = (size_t)acc_sig(&p->accs[i]) & (ns - 1);
        while (C->slot[h] >= 0 && !acc_same(&p->accs[C->first[C->slot[h]]], &p->accs[i]))
            h = (h + 1) & (ns - 1);
        size_t c = (size_t)C->slot[h];
        if (C->slot[h] < 0) {
            c = C->nc++;
            C->slot[h] = (int)c;
            C->first[c] = i;
            C->racy[c] = 0;
        } else {
            C->next[C->last[c] - s0] = i;
        }
        C->last[c] = i;
        C->next[i - s0] = NONE;
        C->of[i - s0] = c;
    }
    return 0;
}

/*
 * Sets the racy flag of the accesses [s0, s1) of one location: those in a pair that
 * races. Each pair of classes is tested once: hundreds of reads of a field under the same
 * locks made the pairs of accesses quadratic. 0 or -ENOMEM.
 */
static int mark_racy(struct prog *p, size_t s0, size_t s1, struct classes *C)
{
    int rc = classify(p, s0, s1, C);
    if (rc)
        return rc;
    char *racy = C->racy;
    for (size_t u = 0; u < C->nc; u++)
        for (size_t v = u; v < C->nc; v++)
            if ((!racy[u] || !racy[v]) && races(p, &p->accs[C->first[u]], &p->accs[C->first[v]]))
                racy[u] = racy[v] = 1;
    for (size_t i = s0; i < s1; i++)
        p->accs[i].racy = racy[C->of[i - s0]];
    return 0;
}

static int findings(struct prog *p, struct weft__arena *A, struct weft_check_result *r)
{
    if (p->naccs)
        qsort(p->accs, p->naccs, sizeof(*p->accs), acc_cmp);
    size_t cap = 0, *sub = calloc(p->naccs + 1, sizeof(*sub));
    /* stamp[x]: 1 + the owner x was last marked under, so a pair already marked is not again
     * (a typed access racing with every access of a location gave millions of marks). */
    size_t *stamp = calloc(p->naccs + 1, sizeof(*stamp));
    struct classes C;
    memset(&C, 0, sizeof(C));
    struct mark *marks = NULL;
    size_t nmarks = 0, capmarks = 0;
    size_t ntyped = 0, *list = NULL, caplist = 0;
    int rc = sub && stamp ? 0 : -ENOMEM;
    for (size_t g = 0; g < p->naccs && !rc;) {
        /* A group shares the type-based key; subgroups share the exact location. */
        size_t e = g;
        while (e < p->naccs && p->accs[e].tloc == p->accs[g].tloc)
            e++;
        nmarks = ntyped = 0;
        for (size_t i = g; i < e; i++) {
            sub[i] = i > g && p->accs[i].loc == p->accs[i - 1].loc ? sub[i - 1] : i;
            ntyped += p->accs[i].typed != 0;
        }
        /* Pairs within one location mark both accesses racy. */
        for (size_t s0 = g, s1; s0 < e && !rc; s0 = s1) {
            for (s1 = s0; s1 < e && sub[s1] == s0;)
                s1++;
            rc = mark_racy(p, s0, s1, &C);
        }
        /* Memory reached by type racing with a named location joins that location's finding.
         * Tested by classes (of the whole group), then the pairs of a racing pair of classes
         * marked: a typed access tested against every access of the group was most of it. */
        if (ntyped && !rc)
            rc = classify(p, g, e, &C);
        for (size_t u = 0; ntyped && u < C.nc && !rc; u++) {
            const struct acc *a = &p->accs[C.first[u]];
            if (!a->typed)
                continue;
            for (size_t v = 0; v < C.nc && !rc; v++) {
                const struct acc *b = &p->accs[C.first[v]];
                /* Another location (sub[j] != sub[i]: a group is sorted by location). */
                if (b->loc == a->loc || !b->alias || !races(p, a, b))
                    continue;
                for (size_t i = C.first[u]; i != NONE && !rc; i = C.next[i - g])
                    for (size_t j = C.first[v]; j != NONE && !rc; j = C.next[j - g]) {
                        if (b->typed && j < i)
                            continue;
                        size_t owner = b->typed ? sub[i] : sub[j];
                        if (stamp[i] == owner + 1 && stamp[j] == owner + 1)
                            continue;
                        if (weft__grow((void **)&marks, &capmarks, nmarks + 2, sizeof(*marks))) {
                            rc = -ENOMEM;
                            break;
                        }
                        if (stamp[i] != owner + 1)
                            marks[nmarks++] = (struct mark){owner, i};
                        if (stamp[j] != owner + 1)
                            marks[nmarks++] = (struct mark){owner, j};
                        stamp[i] = stamp[j] = owner + 1;
                    }
            }
        }
        if (nmarks)
            qsort(marks, nmarks, sizeof(*marks), mark_cmp);
        size_t m = 0;
        for (size_t s0 = g; s0 < e && !rc;) {
            size_t s1 = s0;
            while (s1 < e && sub[s1] == s0)
                s1++;
            size_t nl = 0;
            const struct acc *owner = NULL;
            for (size_t i = s0; i < s1; i++)
                if (p->accs[i].racy) {
                    if (weft__grow((void **)&list, &caplist, nl + 1, sizeof(*list))) {
                        rc = -ENOMEM;
                        break;
                    }
                    list[nl++] = i;
                    if (!owner)
                        owner = &p->accs[i];
                }
            while (m < nmarks && marks[m].owner < s0)
                m++;
            for (; m < nmarks && marks[m].owner == s0 && !rc; m++) {
                if (nl && list[nl - 1] == marks[m].idx)
                    continue;
                if (weft__grow((void **)&list, &caplist, nl + 1, sizeof(*list))) {
                    rc = -ENOMEM;
                    break;
                }
                list[nl++] = marks[m].idx;
                if (!owner && sub[marks[m].idx] == s0)
                    owner = &p->accs[marks[m].idx];
            }
            if (nl && !rc) {
                qsort(list, nl, sizeof(*list), idx_cmp);
                size_t u = 0;
                for (size_t k = 0; k < nl; k++)
                    if (!u || list[u - 1] != list[k])
                        list[u++] = list[k];
                rc = emit_finding(p, A, r, &cap, list, u, owner ? owner : &p->accs[list[0]]);
            }
            s0 = s1;
        }
        g = e;
    }
    free(sub);
    free(stamp);
    free(C.first);
    free(C.last);
    free(C.next);
    free(C.of);
    free(C.racy);
    free(C.slot);
    free(marks);
    free(list);
    if (rc)
        return rc;
    if (r->nfindings) {
        qsort(r->findings, r->nfindings, sizeof(*r->findings), weft__finding_cmp);
        /* Findings live in the arena too, so freeing the result is one arena. */
        struct weft_check_finding *a = weft__arena_alloc(A, r->nfindings * sizeof(*a));
        if (!a)
            return -ENOMEM;
        memcpy(a, r->findings, r->nfindings * sizeof(*a));
        free(r->findings);
        r->findings = a;
    }
    return 0;
}

/* ---- driver ---------------------------------------------------------------------------- */

static int matches_atomic(const struct weft_check_config *cfg, const char *name)
{
    if (!strncmp(name, "__VERIFIER_atomic_", 18))
        return 1;
    for (size_t i = 0; cfg && i < cfg->natomic_fns; i++)
        if (!fnmatch(cfg->atomic_fns[i], name, 0))
            return 1;
    return 0;
}

static void prog_free(struct prog *p)
{
    for (size_t i = 0; i < p->nslots; i++)
        free(p->slots[i].fns);
    free(p->slots);
    free(p->fns);
    free(p->fn_of);
    free(p->bind_slot);
    free(p->bind_usr);
    free(p->entries);
    free(p->entry_of);
    free(p->work);
    free(p->handle_ids);
    free(p->handle_bits);
    free(p->accs);
    free(p->acc_slots);
    free(p->regs);
    free(p->memo);
    free(p->addr_taken);
    free(p->rparent);
    free(p->glo);
    free(p->ghi);
    free(p->gst);
    free(p->once);
    free(p->bars);
    free(p->jmps);
    free(p->mjoins);
    free(p->jscr);
    free(p->jev);
    free(p->logs);
    free(p->main_tid);
    free(p->lock_text);
    free(p->reasons);
    weft__strtab_free(&p->S);
}

int weft__program_analyze(struct weft__facts *const *facts, size_t n, const struct weft_check_config *cfg,
                          struct weft__arena *A, struct weft_check_result *r)
{
    struct prog P;
    struct prog *p = &P;
    memset(p, 0, sizeof(*p));
    p->cfg = cfg;
    p->budget = BUDGET;
    p->atomic_lock = intern(p, "<atomic section>");
    int rc = -ENOMEM;

    /* Functions by USR: the first definition wins (a header's static inline is the same everywhere). */
    for (size_t t = 0; t < n; t++) {
        for (size_t i = 0; i < facts[t]->nfns; i++) {
            struct weft__fn *f = &facts[t]->fns[i];
            int id = intern(p, f->usr);
            if ((size_t)id >= p->nfn_of) {
                size_t nn = p->S.n + 1024;
                int *a = realloc(p->fn_of, nn * sizeof(*a));
                if (!a)
                    goto out;
                memset(a + p->nfn_of, 0, (nn - p->nfn_of) * sizeof(*a));
                p->fn_of = a;
                p->nfn_of = nn;
            }
            if (p->fn_of[id])
                continue;
            struct pfn *pf = WEFT__PUSH(p->fns, p->nfns, p->capfns);
            if (!pf)
                goto out;
            memset(pf, 0, sizeof(*pf));
            pf->f = f;
            pf->atomic = matches_atomic(cfg, f->name);
            p->fn_of[id] = (int)p->nfns;
        }
        for (size_t i = 0; i < facts[t]->nbinds; i++) {
            if (weft__grow((void **)&p->bind_slot, &p->capbs, p->nbinds + 1, sizeof(int)) ||
                weft__grow((void **)&p->bind_usr, &p->capbu, p->nbinds + 1, sizeof(int)))
                goto out;
            p->bind_slot[p->nbinds] = intern(p, facts[t]->binds[i].slot);
            p->bind_usr[p->nbinds] = intern(p, facts[t]->binds[i].usr);
            p->nbinds++;
        }
    }
    if (p->oom)
        goto out;
    /* Global roots: a global named in another's initializer is memory of that one's root;
     * a global named under two roots links them. */
    for (int pass = 0; pass < 2; pass++) {
        if (pass) {
            p->nrparent = p->S.n + 1;
            p->rparent = calloc(p->nrparent, sizeof(*p->rparent));
            if (!p->rparent)
                goto out;
        }
        for (size_t i = 0; i < p->nbinds; i++) {
            const char *s = str(p, p->bind_slot[i]), *u = str(p, p->bind_usr[i]);
            p->roots_linked |= !strcmp(s, "~g");
            const char *sep = strchr(u, '\x1d');
            if (strcmp(s, "^") || !sep)
                continue;
            char buf[1024];
            snprintf(buf, sizeof(buf), "%.*s", (int)(sep - u), u);
            int from = intern(p, buf), to = intern(p, sep + 1);
            if (pass)
                root_join(p, from, to);
        }
    }
    /* Intern every operation's strings once, so interpreting compares integers. */

    for (size_t t = 0; t < n; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++)
            for (size_t j = 0; j < facts[t]->fns[i].nops; j++)
                if (prepare(p, &facts[t]->fns[i].ops[j]))
                    goto out;
    if (p->has_bconds && global_values(p, facts, n))
        goto out;
    {
        size_t nn = p->S.n + 1024;
        int *a = realloc(p->fn_of, nn * sizeof(*a));
        if (!a)
            goto out;
        memset(a + p->nfn_of, 0, (nn - p->nfn_of) * sizeof(*a));
        p->fn_of = a;
        p->nfn_of = nn;
    }
    /* Globals whose address is taken: pointer accesses by type may reach them. */
    p->naddr = p->S.n;
    p->addr_taken = calloc(p->naddr + 1, sizeof(*p->addr_taken));
    if (!p->addr_taken)
        goto out;
    for (size_t i = 0; i < p->nbinds; i++) {
        if (!strcmp(str(p, p->bind_slot[i]), "&"))
            p->addr_taken[p->bind_usr[i]] = 1;
        if (!strcmp(str(p, p->bind_slot[i]), "~"))
            p->regions_linked = 1;
    }
    /* Main's own thread id: stored from pthread_self() in main, never otherwise, never a
     * handle pthread_create fills. */
    p->main_end = intern(p, "<main ended>");
    for (size_t i = 0; i < p->nbinds; i++) {
        if (strcmp(str(p, p->bind_slot[i]), "self"))
            continue;
        int k = p->bind_usr[i], other = 0;
        for (size_t j = 0; j < p->nbinds && !other; j++)
            other = p->bind_usr[j] == k && !strcmp(str(p, p->bind_slot[j]), "tid");
        for (size_t f = 0; f < p->nfns && !other; f++)
            for (size_t j = 0; j < p->fns[f].f->nops && !other; j++)
                other = p->fns[f].f->ops[j].kind == WEFT__OP_CREATE && p->fns[f].f->ops[j].ia == k;
        int *slot = other ? NULL : WEFT__PUSH(p->main_tid, p->nmain_tid, p->capmain_tid);
        if (slot)
            *slot = k;
        else if (!other)
            goto out;
    }
    for (size_t i = 0; i < p->nfns; i++)
        for (size_t j = 0; j < p->fns[i].f->nops; j++) {
            struct weft__op *op = &p->fns[i].f->ops[j];
            if (op->kind == WEFT__OP_ACCESS)
                op->alias = op->typed || !strncmp(op->a, "*g:", 3) || !strncmp(op->a, "o:", 2) || addr_taken(p, op->a);
        }
    p->entry_of = calloc(p->nfns + 1, sizeof(*p->entry_of));
    p->nmemo = 1 << 18;
    p->memo = calloc(p->nmemo, sizeof(*p->memo));
    if (!p->entry_of || !p->memo)
        goto out;

    /* Which functions create or join threads, directly or through callees (not memoized). */
    for (size_t i = 0; i < p->nfns; i++)
        for (size_t j = 0; j < p->fns[i].f->nops; j++)
            if (p->fns[i].f->ops[j].kind == WEFT__OP_CREATE || p->fns[i].f->ops[j].kind == WEFT__OP_JOIN)
                p->fns[i].has_create = 1;
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < p->nfns; i++) {
            if (p->fns[i].has_create)
                continue;
            for (size_t j = 0; j < p->fns[i].f->nops && !p->fns[i].has_create; j++) {
                const struct weft__op *op = &p->fns[i].f->ops[j];
                if (op->kind == WEFT__OP_CALL) {
                    int c = fn_lookup(p, weft__strtab_find(&p->S, op->a));
                    if (c >= 0 && p->fns[c].has_create)
                        p->fns[i].has_create = changed = 1;
                } else if (op->kind == WEFT__OP_ICALL && *op->a) {
                    struct slotres *sr = resolve(p, intern(p, op->a));
                    for (size_t k = 0; sr && k < sr->n; k++)
                        if (p->fns[sr->fns[k]].has_create)
                            p->fns[i].has_create = changed = 1;
                }
            }
        }
    }

    /* Roots: main, or else every function that starts threads and nobody calls. */
    int main_fn = fn_lookup(p, weft__strtab_find(&p->S, "c:@F@main"));
    int *roots = NULL;
    size_t nroots = 0, caproots = 0;
    if (main_fn >= 0) {
        int *s = WEFT__PUSH(roots, nroots, caproots);
        if (!s)
            goto out;
        *s = main_fn;
    } else {
        /* A library: any function nobody calls may run in any number of threads at once. */
        reason(p, "no main function: %s%severy function that no other calls is taken as a thread entry", "", "", 0);
        char *called = calloc(p->nfns + 1, 1);
        if (!called)
            goto out;
        for (size_t i = 0; i < p->nfns; i++)
            for (size_t j = 0; j < p->fns[i].f->nops; j++) {
                const struct weft__op *op = &p->fns[i].f->ops[j];
                int c = op->kind == WEFT__OP_CALL ? fn_lookup(p, weft__strtab_find(&p->S, op->a))
                        : op->kind == WEFT__OP_CREATE && op->mode == 'f' ? fn_lookup(p, weft__strtab_find(&p->S, op->b))
                                                                           : -1;
                if (c >= 0)
                    called[c] = 1;
            }
        for (size_t i = 0; i < p->nfns; i++)
            if (!called[i]) {
                int e = entry_get(p, (int)i, -1, -1);
                p->entries[e].nonmain = 1;
                p->entries[e].in_loop = 1;
                p->entries[e].parent = -2;
            }
        free(called);
    }
    for (size_t i = 0; i < nroots; i++) {
        struct st s;
        memset(&s, 0, sizeof(s));
        struct ci ci = {.ctx = -1, .args = {-1, -1, -1, -1}};
        interp(p, roots[i], &s, &ci);
    }
    free(roots);
    for (size_t w = 0; w < p->nwork && !p->oom; w++) {
        int e = p->work[w];
        long total = p->budget;
        p->budget = total < CTX_BUDGET ? total : CTX_BUDGET;
        total -= p->budget;
        struct st s;
        memset(&s, 0, sizeof(s));
        if (p->entries[e].inh_init && p->entries[e].parent >= 0 && !p->entries[e].main_created)
            s.acq = p->entries[e].inh_acq;
        struct ci ci = {.ctx = e, .args = {p->entries[e].arg, -1, -1, -1}, .own = p->entries[e].dop != NULL};
        interp(p, p->entries[e].fn, &s, &ci);
        /* Threads it started and may not have joined when it returns outlive it. */
        for (size_t c = 0; c < p->nentries && c < MAXE; c++)
            if (bit(s.live, (int)c))
                p->entries[c].escapes = 1;
        if (p->budget <= 0) {
            reason(p, "analysis budget exhausted in thread '%s'%s: some paths were not followed",
                   p->fns[p->entries[e].fn].f->name, "", 0);
            p->budget = 0;
        }
        p->budget += total;
    }
    if (p->budget <= 0)
        reason(p, "analysis budget exhausted%s%s: some paths were not followed", "", "", 0);
    /* An entry runs more than once at a time if started in a loop, while already running,
     * more than once by other threads, or by a thread that itself runs more than once. */
    for (size_t e = 0; e < p->nentries; e++) {
        struct entry *E = &p->entries[e];
        E->multi = E->in_loop || bit(E->co, (int)e) || (E->nonmain && E->creates > 1) || e >= MAXE;
    }
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t e = 0; e < p->nentries; e++) {
            struct entry *E = &p->entries[e];
            if (!E->multi && E->parent >= 0 && p->entries[E->parent].multi)
                E->multi = changed = 1;
        }
    }
    /* A thread another thread started, that main joins through the one handle holding it,
     * lives within the section main held since starting its ancestor. */
    for (size_t i = 0; i < p->nmjoins; i++) {
        const struct mjoin *m = &p->mjoins[i];
        uint64_t *hb = handle_bits(p, m->handle, 0);
        int x = -1, n = 0;
        for (size_t e = 0; hb && e < p->nentries && e < MAXE; e++)
            if (bit(hb, (int)e))
                x = (int)e, n++;
        if (n != 1 || main_root(p, x) || started_by_main(p, x) != m->root || instances(p, x) != 1)
            continue;
        struct entry *X = &p->entries[x];
        if (!X->jl_init)
            X->jl = m->held;
        else
            ls_meet(&X->jl, &m->held);
        X->jl_init = 1;
    }
    if (p->oom)
        goto out;
    rc = findings(p, A, r);
    if (rc)
        goto out;
    r->complete = p->nreasons == 0;
    r->incomplete = weft__arena_alloc(A, (p->nreasons + 1) * sizeof(*r->incomplete));
    if (!r->incomplete) {
        rc = -ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < p->nreasons; i++)
        if (!(r->incomplete[i] = weft__arena_strdup(A, p->reasons[i]))) {
            rc = -ENOMEM;
            goto out;
        }
    r->nincomplete = p->nreasons;
out:
    prog_free(p);
    return rc;
}
