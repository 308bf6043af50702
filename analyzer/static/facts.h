/* Per-translation-unit facts: each function as a flat list of typed operations the whole-program pass interprets. */
#ifndef WEFT_STATIC_FACTS_H
#define WEFT_STATIC_FACTS_H

#include "util.h"

#include <stdio.h>

/*
 * Facts are what extraction (ex_*.c) hands the whole-program pass (pg_*.c), and what the
 * cache keeps (facts_io.c, the only text encoding). Every string lives in the owning
 * weft__facts arena; a string field is never NULL ("" when there is nothing to say).
 *
 * Locations, locks, handles and slots are named by keys, whose grammar is in keys.h.
 */

/* An operation of a function body, in source order. Branches and loops are kept as
 * markers so the whole-program pass can merge lock sets where control flow joins. */
enum weft__op_kind {
    WEFT__OP_ACCESS = 'A', /* a read or write of shared memory: op.access */
    WEFT__OP_LOCK = 'L',   /* lock taken: op.lock */
    WEFT__OP_UNLOCK = 'U', /* lock released: op.lock */
    WEFT__OP_CALL = 'C',   /* a call of a named function: op.call */
    WEFT__OP_ICALL = 'I',  /* a call through a function pointer: op.icall */
    WEFT__OP_CREATE = 'T', /* a thread started: op.create */
    WEFT__OP_JOIN = 'J',   /* a thread joined: op.join */
    WEFT__OP_IF = 'B',     /* if: op.cond says what the condition is known to test */
    WEFT__OP_ELSE = 'E',
    WEFT__OP_ENDIF = 'N',  /* closes an if or a switch */
    WEFT__OP_LOOP = 'P',   /* op.loop_runs & 3: 1, the body surely runs at least once, with no break or
                              continue; 2, it runs exactly once (do { } while (0)); & 4: a for loop
                              counting to a bound fixed at its start (it waits for nobody); & 8:
                              a for loop whose body changes its counter (it may wait); & 16: a for
                              loop whose test may never fail (what follows may never run) */
    WEFT__OP_ENDLOOP = 'Q',
    WEFT__OP_RETURN = 'R',
    WEFT__OP_SWITCH = 'W', /* switch: op.sw */
    WEFT__OP_CASE = 'K',   /* a case or default label: op.label */
    WEFT__OP_BREAK = 'X',  /* leaves the innermost switch (closed by ENDIF) */
    WEFT__OP_NEXT = 'Z',   /* break of the innermost loop: the path leaves it (its state reaches the
                              loop's next iteration and its end) */
    WEFT__OP_CONT = 'O',   /* continue of the innermost loop: the path goes on at its body's end */
    WEFT__OP_BODYEND = 'M', /* the end of a loop's body (before a for's increment): continues meet */
    WEFT__OP_SYNC = 'Y',   /* a synchronization the pass does not model (semaphore, condition
                              variable, fence...): op.sync names the function */
    WEFT__OP_WAIT = 'V',   /* a do-while loop that repeats on a condition: the thread may wait
                              there for another (while and for loops: LOOP with loop_runs 0);
                              op.loop_runs 1: past if (!ready) return, a wait in a thread's entry
                              or main only */
    /* WEFT__OP_RETURN ('R' above): op.ret.loop_runs 1 + HALT's 0, 1 or 2 when it returns from a
     * branch of an if, else 0: from a thread's entry or main, it ends the thread or the program
     * as a HALT does; op.ret.known: it returns the literal op.ret.value (return -1;, return NULL;) */
    WEFT__OP_HALT = 'H',   /* the path ends: a call that does not return (exit, abort,
                              pthread_exit...) or the end of a loop nothing leaves; op.loop_runs 1
                              in a branch on a condition fixed by the function's constants (no error
                              path: every run of an instance may take it), 2 by its parameters too
                              (so in a thread's entry function); 3 and 4 the same after a call of the
                              program's that may end the run: a mark only, the path goes on if the
                              call returned */
    WEFT__OP_LABEL = 'G',  /* a label a goto may jump to: paths from anywhere in the function meet; op.label:
                              value, its name's hash when GOTO ops may name it (0 none); known 1 when
                              every goto to it is such a GOTO op: only they and the code above reach it */
    WEFT__OP_GOTO = 'D'    /* goto to the label named by op.label.value: forward (not into a loop's body),
                              the path goes on there; or back (op.label.known 1), the code from the
                              label on runs again; or forward into a loop's body (2), the label
                              meets the state, which also goes on */
};

/* How an access uses its location. */
enum weft__access_mode {
    WEFT__READ = 'r',
    WEFT__WRITE = 'w',
    WEFT__UPDATE = 'u', /* read and written (x++, x += 1) */
    WEFT__EXT = 'x'     /* &x handed to a function: a write if that function has no body anywhere */
};

/* The region guard of the memory an access or a call's argument reaches. */
enum weft__guard_kind {
    WEFT__GUARD_NONE = 0,
    WEFT__GUARD_ELEMENT, /* element a[v] of a global array (or memory reached from it) while lock m[v] is held */
    WEFT__GUARD_PARAM,   /* reached from a parameter: the caller's guard of that argument */
    WEFT__GUARD_SELF     /* as ELEMENT, for the element a[v] itself (no pointer on the way): no store can
                            link it to another element's memory */
};

struct weft__guard {
    signed char kind;       /* enum weft__guard_kind */
    signed char param;      /* PARAM: the parameter's position */
    const char *lock_array; /* ELEMENT: key of the lock array m ... */
    const char *array;      /* ... and of the data array a */
};

/* What a write gives a global integer (the if (g < 10) g++ idiom keeps it bounded). */
enum weft__value_op {
    WEFT__VAL_NONE = 0, /* not such a write (or nothing is known of the value) */
    WEFT__VAL_SET = '=',  /* a literal: value */
    WEFT__VAL_UP = '+',   /* an increment; bounded: it keeps g at most value */
    WEFT__VAL_DOWN = '-'  /* a decrement; bounded: it keeps g at least value */
};

struct weft__value {
    char op;      /* enum weft__value_op */
    char bounded; /* UP and DOWN: value is a bound */
    long value;
};

/* Which element of a global array an access names. */
enum weft__index_kind {
    WEFT__INDEX_NONE = 0,
    WEFT__INDEX_CONST, /* g[index] */
    WEFT__INDEX_PARAM, /* g[i], i parameter number index never assigned: the caller's value */
    WEFT__INDEX_PARAM_VAL /* g[*p], g[p->f]: a value read where parameter number index points (ixfield) */
};

/* Which flat elements of an array variable an access a[e1]...[ek] reaches: m*V + [lo, hi]
 * (+ a multiple of mod),
 * V a value the thread was handed (ex_affine.c). */
enum weft__aff_kind {
    WEFT__AFF_NONE = 0,  /* not known */
    WEFT__AFF_CONST,     /* no V: elements lo to hi */
    WEFT__AFF_PARAM,     /* V: parameter number param's value */
    WEFT__AFF_PARAM_VAL, /* V: a value read where parameter number param points (field, as ixfield) */
    WEFT__AFF_SYM        /* (while the extractor works only) V: the loop counter asked about */
};

struct weft__affix {
    signed char kind; /* enum weft__aff_kind */
    signed char param;
    const char *field;
    long m, lo, hi;
    long mod; /* > 0: plus any multiple of mod (a counter from V stepping by mod: a stride) */
    int vbits; /* V went through integers of vbits value bits (int: 31): V must be below 2^vbits */
    unsigned char rem; /* 1: exactly (m*V + lo) % mod (lo == hi), C's remainder of a division */
};

/* Who owns memory reached through a pointer parameter (escape analysis of the callee). */
enum weft__owner {
    WEFT__OWNER_UNKNOWN = -1,
    WEFT__OWNER_CALLER = 0, /* the callee keeps nothing of it: the caller's if the caller owns it */
    WEFT__OWNER_PARAM = 1   /* the callee stores it only into what parameter owner_param points at */
};

struct weft__access {
    const char *loc;  /* the location's key */
    const char *text; /* its source text, for messages */
    const char *tloc; /* the same memory by type ("f:struct s.f", "t:int"), "" for none */
    const char *vtype; /* the type of the value accessed ("t:int" for a field "f:struct s.f" of type int), "" none */
    char mode;        /* enum weft__access_mode */
    unsigned char atomic;     /* 1: an atomic operation or an _Atomic object; 2: a sync API's use of its object (lock, wait, post) */
    unsigned char suppressed; /* a '// weft-check: ignore' comment on its line */
    unsigned char own_target; /* through a pointer parameter's own target (p->f, *p, p[0]), no arithmetic */
    unsigned char varying;    /* an array element by an index that is not a constant, or pointer arithmetic */
    unsigned char vol;        /* a volatile object; 2 pthread_create's store of the new thread's id */
    unsigned char relaxed;    /* an atomic operation with memory_order_relaxed only (1): it orders nothing; 2: it
                                 releases nothing (acquire or consume only, or an order not known) */
    unsigned char tls;        /* a thread-local variable: each thread's own copy, shared only once its address is taken */
    unsigned char libc;       /* made by a C library call on its own state (two such calls: the library may lock inside); 2: free() or realloc() of the object; 3: v*scanf's write through a wrapper's variadic pointer */
    signed char index_kind;   /* enum weft__index_kind */
    signed char owner;        /* enum weft__owner, for a location through a parameter */
    signed char owner_param;
    long index;
    struct weft__guard guard;
    struct weft__value value; /* a write of a global integer */
    const char *root;         /* memory by type reached from this global's key; "" none (never with value) */
    const char *ukey;         /* g[id] with id taken from this atomic counter (a value each fetch returns once); "" none */
    const char *upath;        /* below a union member (u.s.a, location "u.*"): the members' path "s.a"; "" none */
    unsigned char iter;       /* an element a[i] with i the counter of the for loop around it (2: reaching every element of the loop's range on each run of the loop, ex_dense.c) */
    const char *ixfield;      /* WEFT__INDEX_PARAM_VAL: what of the pointee the index is, "*" or ".f"; "" none */
    const char *ixvar;        /* an array element a[v] by a local v: v ("NAME#OFF@FN", as a join's), else "" */
    struct weft__affix aff;   /* the elements it may reach, for an array variable's element */
    const char *sbase;        /* p->f, p a local keeping its one value (weft__ex_stable_base): "L", p's id and the path; "" none */
    const char *sbtype;       /* the type of the object p->f, g.f or g[i].f is in, p a variable, g a global (weft__ex_base_type); "" none */
    const char *pbase;        /* A[v]->f, *A[v]: A, a local array of pointers ("NAME#OFF@FN"; ixvar names v); "" none */
};

struct weft__lock {
    const char *key;  /* the lock's key */
    const char *text; /* the argument's source text, for messages */
    char shared;      /* a read (shared) lock; an unlock: 2 relaxed, 3 and 4 void when not held (see weft__ex_emit_lock_at);
                         a lock op WEFT__LOCK_SEEN: no lock, the flag key was seen set (ex_flag_wait.c), or a fence
                         (no key); WEFT__LOCK_TICKET: a ticket lock taken (a lock op) or an atomic write of a word
                         that releases a ticket lock held on it (an unlock op, ex_ticket.c) */
    const char *via;  /* a ticket lock: the ticket counter's key; a SEEN op: "t" a tentative definition, "l" a plain
                         read, "x" a relaxed load, "s" a sem_wait of a semaphore started at 0, a fence's
                         "A"/"R"/"AR"; a ticket release: "r" not ordered;
                         a lock of the thread API (mutex, rwlock, spin): "m", only its holder releases it;
                         "v" reached from a void * (maybe a struct's first member, named so elsewhere) */
    unsigned char tls; /* the lock object is thread-local (__thread pthread_mutex_t m): each thread's own */
    const char *sbase; /* &p->m, p a local keeping its one value: "L", p's offset and the path ".m"; "" none */
};
#define WEFT__LOCK_SEEN 5
#define WEFT__LOCK_TICKET 6

/* What a call hands a function in one argument (the first four are kept). */
enum weft__arg_owner {
    WEFT__ARG_NOT_OWNED = 0,
    WEFT__ARG_OWNED = 1, /* fresh memory nobody else can reach yet */
    WEFT__ARG_PARAM = 2  /* the caller's own parameter param, passed on: owned if that one is */
};

struct weft__arg {
    const char *key; /* what the argument designates as a lock or location key; "" unknown */
    signed char owner; /* enum weft__arg_owner */
    signed char param;
    struct weft__guard guard; /* of the memory it points at */
    /* 1: the call is in the one loop of its function, and each iteration passes a different
     * element (&a[i], a + i: see distinct_element in ex_call.c) */
    unsigned char distinct;
    /* "@pN", the caller's parameter passed on through integer conversions (casts, the
     * callee's parameter type): the narrowest one's value bits; 0 none */
    unsigned char bits;
    const char *sbase; /* &p->m, p a local that keeps its one value (as a lock's sbase); NULL or "" none */
};

#define WEFT__MAX_ARGS 4

struct weft__call {
    const char *usr;  /* the callee's USR; "" for a barrier operation */
    const char *name; /* the callee's name */
    int nargs;        /* arguments kept in arg (at most WEFT__MAX_ARGS) */
    long count;       /* pthread_barrier_init: the literal count, -1 when not a literal */
    unsigned char passes_fn; /* an argument is a function, or points at a struct holding function pointers */
    /* a call made as a statement whose every argument every run computes alike: 1 from
     * constants, 2 from the caller's parameters too (as HALT's loop_runs); else 3 when an
     * argument reads memory other threads may write (an exit of the callee on it is an
     * assumption, as if (!ready) exit(1) is), 0 */
    unsigned char args_fixed;
    /* localtime's, ctime's... result (a pointer into their static buffer) is kept past the call:
     * stored, handed to a thread or to a function of the program (pass: not followed) */
    unsigned char state_kept;
    /* the variable its result, a thread object a create wrapper returns, is stored in (v =
     * launch(fn, arg)), as a later call's argument names it ("*g:USR", "*l:FN#NAME"); "" none */
    const char *ret;
    struct weft__arg *arg; /* nargs of them, in the facts' arena (ops are many: kept out of line) */
};

struct weft__icall {
    const char *slot; /* the function-pointer slot called through */
    const char *text;
    const char *arg[WEFT__MAX_ARGS]; /* what the first arguments designate (as a call's keys), "" unknown */
};

/* Which elements of an array of handles a create or join names (pthread_create(&t[i], ...)). */
enum weft__hindex_kind {
    WEFT__HANDLE_WHOLE = 0, /* a plain handle (t), not an element */
    WEFT__HANDLE_RANGE,     /* elements [lo, hi): t[3], or t[i] in for (i = lo; i < hi; i++) */
    WEFT__HANDLE_UNKNOWN    /* some element: which is not known */
};

struct weft__hindex {
    signed char kind; /* enum weft__hindex_kind */
    long lo, hi;      /* hi >= WEFT__HANDLE_SYM: the value of one local that keeps its value
                         (for (i = 0; i < n; i++)), equal only to itself */
};
#define WEFT__HANDLE_SYM (1L << 40)
/* hi = WEFT__HANDLE_PARAM + N: the value of parameter N (< 4), never changed: the caller's constant */
#define WEFT__HANDLE_PARAM (1L << 41)

struct weft__create {
    const char *handle;     /* the handle's key (an array of handles: the array's) */
    struct weft__hindex ix;
    const char *entry;      /* the entry function's USR, or (by_slot) the slot holding it */
    const char *entry_text; /* the entry argument's text */
    const char *arg;        /* key of what the thread's argument points at ("n:" null), "" unknown */
    unsigned char by_slot;  /* 1: entry is a slot; 2: the slot of a parameter never changed (a wrapper's: what its caller passed) */
    unsigned char in_loop;
    unsigned char attr;     /* given an attribute (not a null pointer): it may say detached */
    const char *htloc;      /* the handle's memory by type ("f:struct worker.t" for &w->t), "" none */
    /* 1: in its one loop, each iteration hands the thread a different element (&a[i], or i
     * itself); 2: each run of the create hands it a fresh allocation of its own; 3: in its one
     * loop, a different number K * i + B (not the element of index i) */
    unsigned char distinct;
    /* distinct, in a for loop: the part ("*" or ".f") of what the thread is handed that the
     * iteration stored its counter into before the create (each thread reads its own value) */
    const char *dval;
    /* distinct: the values the threads are handed (the argument as a number, or dval's),
     * vstride apart (0 not known), all from vlo to vhi (vlo > vhi not known) */
    long vstride, vlo, vhi;
    int vsrc; /* the values' own type: its value bits (int: 31), 0 not known */
    /* distinct 2, with handle &t[i] in a for loop: the local array of pointers whose element
     * i the iteration stored the argument into before the create (jobs[i] = j), only there;
     * "" none (ex_ptr_slots.c) */
    const char *sarr;
};

/* What an if's condition tests, when that helps. */
enum weft__cond_kind {
    WEFT__COND_OTHER = 0,
    WEFT__COND_SETJMP, /* if (setjmp(env)) / if (!setjmp(env)): key is env's */
    WEFT__COND_LOCAL,  /* a local keeping one value per call: key names it */
    WEFT__COND_GLOBAL, /* global integer key compared with a literal: cmp, value */
    WEFT__COND_NONDET  /* a fresh nondeterministic value, alone or negated (__VERIFIER_nondet_int()):
                          a verifier's harness may take either branch on any run */
};
/* weft__cond.rkey of a test of what a create returned (if (pthread_create(...) != 0)) */
#define WEFT__RESULT_CREATE "!create"


enum weft__cmp { WEFT__CMP_LT, WEFT__CMP_LE, WEFT__CMP_GT, WEFT__CMP_GE, WEFT__CMP_EQ, WEFT__CMP_NE };

struct weft__cond {
    signed char kind; /* enum weft__cond_kind */
    /* The condition is a negation (!x, x == 0): SETJMP, the then branch is setjmp's first
     * return; LOCAL, the condition holds iff the local is zero. GLOBAL: a volatile global. */
    unsigned char negated;
    signed char cmp; /* GLOBAL: enum weft__cmp; LOCAL: 1 + N when the local is parameter N as passed, -1 a
                        verifier's nondeterministic value tested only so (either branch, the first time), else 0 */
    long value;      /* GLOBAL: the literal; LOCAL parameter: its width in bits when narrower than 64, else 0 */
    const char *key;
    /* Whatever the kind: the condition is (also) what the call op just before returned (past
     * the accesses it makes through its arguments), `result rcmp rval`: rkey the callee's USR,
     * or WEFT__RESULT_CREATE for a create op's; "" none. (if (probe(&d) == 0), ret = probe(&d);
     * if (ret), if (!start())) */
    const char *rkey;
    signed char rcmp;
    long rval;
};

struct weft__switch {
    const char *jmp; /* switch (setjmp(env)): env's key; "" for any other switch */
    int ncases;
    const long *cases;       /* the values of its case labels (not of nested switches), in order ... */
    const unsigned char *known; /* ... known[i] 0 for a label that is not a literal */
    signed char param; /* switch (rc), rc parameter N (< 4) never assigned: N + 1 (its labels listed
                          too), else 0 */
};

struct weft__label {
    unsigned char is_default;
    unsigned char known; /* a case label with a literal value */
    long value;
};

struct weft__op {
    char kind; /* enum weft__op_kind */
    unsigned line, col;
    const char *file; /* absolute path, for accesses, calls and creates; "" for markers */
    union {
        struct weft__access access;
        struct weft__lock lock;
        struct weft__call call;
        struct weft__icall icall;
        struct weft__create create;
        struct weft__join {
            const char *handle; /* the handle's key (an array of handles: the array's) */
            struct weft__hindex ix;
            const char *ixvar; /* t[v] by a local v: v (as an access's ixvar), else "" */
        } join;
        const char *sync; /* SYNC: the function called */
        unsigned char loop_runs;
        struct weft__ret {
            unsigned char loop_runs; /* (RETURN's, above) */
            unsigned char known;
            long value;
        } ret;
        struct weft__cond cond;
        struct weft__switch sw;
        struct weft__label label;
    } u;
};

struct weft__fn {
    const char *usr, *name, *file;
    unsigned line;
    unsigned char irregular; /* it uses goto: which code runs on a path is not what the markers say */
    struct weft__op *ops;
    size_t nops;
};

/* A fact about the program outside function bodies (function pointers, globals). */
enum weft__fact_kind {
    WEFT__FACT_FN = 'F',       /* slot may hold function target (a USR) */
    WEFT__FACT_COPY = 'S',     /* slot may hold whatever slot target holds */
    WEFT__FACT_ADDR = '&',     /* global target's address is taken (a field "f:struct s.f": of some such object) */
    WEFT__FACT_SELF = 's',     /* global target is given main's pthread_self() */
    WEFT__FACT_TID = 't',      /* global target is given some other thread's id */
    WEFT__FACT_INIT = 'i',     /* global integer target's first value: value, if known */
    WEFT__FACT_ROOT = '^',     /* global target is named in global slot's initializer (slot is its root) */
    WEFT__FACT_REGIONS = '~',  /* some store may link one array element's region to another's */
    WEFT__FACT_ROOTS = 'g',    /* some store may link one global root's memory to another's */
    WEFT__FACT_LOCK_ESCAPE = 'e', /* global target's address goes elsewhere than a sync call (a pointer may name its locks) */
    WEFT__FACT_CTOR = 'c',     /* function target runs before main (priority value) */
    WEFT__FACT_DTOR = 'd',     /* function target runs after main returns (priority value) */
    WEFT__FACT_SYMBOL = '=',   /* USR slot is another name of USR target (alias, asm label) */
    WEFT__FACT_RECURSIVE = 'R', /* the TU makes recursive mutexes and no error-checking ones */
    WEFT__FACT_TLS = 'T',       /* global target is thread-local and its address is taken */
    WEFT__FACT_ONE_HEAP = '1',  /* heap object slot ("h:c:@F@main#p") is one object: main's local p, given
                                   one allocation outside loops, never addressed */
    WEFT__FACT_POINTS = 'P',    /* global pointer slot's initializer is &target (a global's key, "g:c:@u.s") */
    WEFT__FACT_POINTS_TYPE = 'p', /* ... and target's memory by type ("f:union U.*" for a union's member) */
    WEFT__FACT_HOOK = 'H',        /* hook slot (a static function pointer taken as an allocator, value 1, or a
                                     deallocator, value 2) is also given parameter target ("p:USR#k"; "": the
                                     hook as such): it is one only if every function the program passes
                                     there is (link_hooks) */
    WEFT__FACT_FN_UNKNOWN = 'u',  /* parameter slot may be given a function pointer not followed */
    WEFT__FACT_PUN = 'x',         /* pointers to record type slot ("t:struct s") are converted to another
                                     pointer type somewhere other than for a deallocator */
    WEFT__FACT_PTR_INIT = 'z',    /* global pointer slot has an initializer that is no null pointer */
    WEFT__FACT_FIELD_TYPE = 'y'   /* field slot ("f:struct s.key"), a struct whose address is formed as a value,
                                     has struct type target ("t:struct key") */
};

struct weft__fact {
    char kind;   /* enum weft__fact_kind */
    char known;  /* INIT: value is known */
    long value;
    const char *slot, *target;
};

struct weft__facts {
    struct weft__arena arena;
    const char *source;      /* the TU's main file */
    struct weft__fn *fns;
    size_t nfns, capfns;
    struct weft__fact *binds;
    size_t nbinds, capbinds;
    const char **deps;       /* files the TU read (main file first) */
    size_t ndeps, capdeps;
    char **errors;           /* "file:line:col: error: message" */
    size_t nerrors, caperrors;
};

/* An op of the given kind with every string field "" and nothing else set (a call: no arguments). */
void weft__op_init(struct weft__op *op, char kind);
/* n blank call arguments (key "", not owned, no guard) from A, or NULL (n == 0, or ENOMEM). */
struct weft__arg *weft__args_new(struct weft__arena *A, int n);
/* Whether two ops say the same (kind, place and every payload field); 1 or 0. */
int weft__op_equal(const struct weft__op *a, const struct weft__op *b);

void weft__facts_free(struct weft__facts *f);
/* Serializes facts as text; 0 or -errno. */
int weft__facts_write(const struct weft__facts *f, FILE *out);
/* Reads what weft__facts_write wrote (after any header the caller consumed); 0 or -EINVAL/-ENOMEM. */
int weft__facts_read(struct weft__facts *f, FILE *in);

/* Writes '\t' and s with tabs, newlines and backslashes escaped. */
void weft__field_put(FILE *o, const char *s);
/* Splits a line in place into at most max unescaped tab-separated fields; returns how many. */
int weft__field_split(char *line, char **fields, int max);

/* Parses one TU with libclang and fills facts; 0, or negative errno when it could not
 * be parsed at all. Diagnostics of severity error go to facts->errors. */
struct weft__extract_args {
    void *index; /* CXIndex owned by the calling thread */
    const char *file;
    const char *dir; /* the TU's working directory, or NULL */
    const char *const *argv;
    int argc;
};
int weft__extract(const struct weft__extract_args *a, struct weft__facts *out);

#endif
