/* Private to the extractor (the ex_*.c files): its walk state (struct ex) and the functions those files share. */
#ifndef WEFT_STATIC_EXTRACT_INTERNAL_H
#define WEFT_STATIC_EXTRACT_INTERNAL_H

#include "facts.h"

#include "clang_api.h"
#include "keys.h"
#include "models.h"
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* M_EXT: passed by address to a function; a write if that function has no body anywhere. */
enum { M_NONE = 0, M_READ = 1, M_WRITE = 2, M_RW = 3, M_EXT = 4 };

/* A local variable's role in the current function, found by the pre-scan. */
struct local {
    CXCursor decl;
    unsigned hash;
    unsigned char addr_taken; /* its address escapes: treat as shared memory */
    unsigned char nonprivate; /* pointer: may point at shared memory */
    unsigned char published;  /* pointer: handed to a thread or stored outside */
    unsigned char passed;     /* pointer: given to a function of the program or through a pointer */
    const char *points_to[8]; /* pointer: locals whose address it was given */
    int npoints;
    int nsrc;                 /* pointer: values assigned to it */
    unsigned char stepped;    /* pointer: ++, --, += or -= of it somewhere (1 + answer, 0 not asked) */
    CXCursor src;             /* pointer: the value, when there is exactly one */
    /* Pointer: the values the pre-scan saw it given, in walk order (sources): its initializer
     * (first, sinit) or the right side of each '=', with the block that '=' is a statement of
     * (a null cursor when it is inside an expression or statement). */
    CXCursor sv[8], sblk[8];
    unsigned char sinit;
    /* Ownership (weft__ex_own_at): where its value may escape, found on the first question
     * (esc_state 0 not yet, 1 found, 2 too many places or its address is taken). */
    unsigned char esc_state;
    int nesc;
    unsigned esc[8];
    /* Region root through parameters (weft__ex_root_of without ordering): 0 unknown, 1 none, 2 + N parameter N. */
    int proot;
    /* Its values (own_state), found on the first question (src_state 0 not yet, 1 found,
     * 2 not known): where each is given, the block it surely runs in, whether it is fresh. */
    unsigned char src_state, nsv, sfresh[8];
    unsigned soff[8], sdb[8], sde[8];
};

/* A lock of one element of a global array, m[v] with v a local or parameter, taken by a
 * statement of the current function and held (as far as the source order shows) since. */
struct symlock {
    const char *arr; /* the lock array's key */
    CXCursor var;    /* the index variable (or, with data set, the local pointer p of &p->m) */
    const char *data; /* &p->m, p a local whose one value is &a[v]: a's key (else NULL) ... */
    CXCursor ivar;    /* ... and v when it never changes (a[v] is then p's element too) */
    unsigned off;    /* where it was taken */
    int depth;       /* the block it was taken in */
};

struct filebuf {
    CXFile file;
    const char *path;
    const char *buf;
    size_t len;
    /* Its #defines by name (ex_macro.c), built on the first lookup: open addressing over
     * ndefs slots (a power of 2; 0 not built), each the first #define of a name: the name and
     * where it ends. */
    struct defslot {
        const char *name, *after;
        size_t nlen;
        int twice; /* defined more than once or #undef'd: which #define a use takes is not read */
    } *defs;
    size_t ndefs;
};

struct ex {
    CXTranslationUnit tu;
    struct weft__facts *f;
    struct weft__arena *A;
    /* current function */
    CXCursor fn;
    const char *fn_usr;
    CXCursor prev_stmt; /* the statement before the one being walked in their block, else null */
    struct weft__op *ops;
    size_t nops, capops;
    int loop_depth;
    int whole; /* accesses of a struct or union are of the whole object, not field by field */
    int tls;   /* the accesses being made are of a thread-local variable's copy */
    CXCursor loop; /* the innermost loop statement around the current position */
    int pre_loop; /* loops around the pre-scan's position */
    int has_goto; /* the function jumps backwards maybe: no local keeps one value */
    /* The innermost if around the code walked, while its condition may make the HALTs in
     * its branches no error path: halt_pending 1 with halt_cond not looked at yet, 2 with
     * halt_val the answer (weft__ex_halt_inputs); 0 none. */
    int halt_pending, halt_val;
    CXCursor halt_cond;
    int halt_else; /* walking that if's else branch (halt_cond false there) */
    int fix_params;  /* fixed_by_inputs takes parameters as fixed */
    int assume_ok;   /* weft__ex_known_cond takes the thread API's calls as succeeding (0) */
    int checked_mutexes; /* the TU makes error-checking, recursive or robust mutexes: their lock and unlock calls may fail */
    int attr_may_fail;   /* the TU sets thread attributes that may make a create given them fail (a stack size...) */
    unsigned kept[16];   /* offsets of thread API calls whose results are kept in memory (ex_kept_result.c) */
    int nkept, kept_over;
    int robust_mutexes;  /* ... robust ones: a lock may fail (ENOTRECOVERABLE) without a thread holding it */
    int recursive_mutexes; /* ... recursive ones (or of a kind not known): an owner's trylock takes a level */
    struct jump {
        unsigned label;  /* the label's name hash (31 bits) */
        unsigned seq;    /* the goto's, or the label's, place in the pre-scan's order of the body */
        unsigned end;    /* a loop's: the place after its last part */
        unsigned cursor; /* a goto's: its cursor's hash (the walk finds its record by it) */
    } *jumps, *labels, *loops; /* the function's gotos, labels and loops (the pre-scan) */
    size_t njumps, capjumps, nlabels, caplabels, nloops_pre, caploops_pre;
    unsigned pre_seq;
    int goto_any; /* a computed goto (goto *p): any label may be its target */
    int oom;
    struct local *locals;
    size_t nlocals, caplocals;
    unsigned *changed; /* hashes of locals that do not keep one value per call (the pre-scan) */
    size_t nchanged, capchanged;
    struct step {
        unsigned hash, off;
        int delta;
    } *steps; /* v++ / v-- statements of the function body's top level (the pre-scan) */
    size_t nsteps, capsteps;
    unsigned *amp; /* hashes of locals whose address '&v' appears (the pre-scan) */
    size_t namp, capamp;
    CXCursor pre_block; /* the compound statement the pre-scan's node is a statement of, else null */
    CXCursor pre_freed; /* a deallocator's argument being pre-scanned (free(t): no pun), else null */
    int pre_user_call;  /* the arguments being pre-scanned are a call's to a function not the C library's */
    int pre_ptr_call;   /* ... a call's that returns a pointer (strchr(s, c): maybe into its argument) */
    unsigned *state_esc; /* libc state calls (localtime...) whose result the pre-scan saw kept (hashes) */
    size_t nstate_esc, capstate_esc;
    struct filebuf files[16];
    unsigned allocs[64]; /* functions of this TU known to return fresh memory (hashes) ... */
    unsigned char alloc_yes[64]; /* ... and the verdict */
    int nallocs, alloc_depth;
    unsigned hooks[16]; /* static function pointers asked whether they are hooks (hashes) ... */
    unsigned char hook_kind[16], hook_yes[16]; /* ... of which kind (1 allocator, 2 deallocator), and the verdict (ex_alloc.c) */
    int nhooks;
    int fn_fresh; /* the current function is an allocator */
    int in_switch; /* the innermost switch or loop around the walk is a switch */
    /* x->sdepth where the innermost switch or loop (brk) and loop (cont) began: a break or
     * continue runs the cleanups of the blocks it leaves; the end of the innermost block. */
    int brk_depth, cont_depth;
    int verifier_tu; /* the TU has atomic sections (__VERIFIER_atomic_*): 1, 0 not, -1 not asked yet */
    CXCursor assumed_held; /* assume(g == 1) seen in this atomic section: g's release below marks its op "a" */
    unsigned block_end;
    const char *vtag; /* the value the write being walked gives a global integer (gint_tag) ... */
    CXCursor vtag_at; /* ... whose lvalue this is */
    CXCursor bounded; /* the increment a saturating if bounds ... */
    const char *btag; /* ... and the tag it gets ("+K": at most K after it) */
    struct symlock sym[8];
    int nsym, sdepth, no_sym;
    CXCursor stmt_now; /* the expression statement being walked */
    unsigned lbeg[16], lend[16]; /* extents of the loops around the walk's position */
    CXCursor lcur[16];           /* and the loops themselves */
    CXCursor aff_sym;            /* with aff_sym_on: the variable ex_affine.c evaluates as V */
    int aff_sym_on;
    int nloops;
    unsigned rwalk[8]; /* locals whose region root is being computed */
    int nrwalk;
    /* Parameter escape classes (weft__ex_param_class), by function: an open-addressing table. */
    struct pclass {
        CXCursor fn;
        unsigned h;
        signed char used, cls[4], q[4];
        unsigned char st[4]; /* per parameter: 0 not known, 1 being walked, 2 known */
        unsigned char combined, hit; /* a walk for all is under way; it met the function again */
    } *pcls;
    size_t npcls, cappcls;
    int pcls_depth;
    CXCursor body; /* the current function's body */
    int nparams;
    int nfiles, nextfile;
    const char *dir; /* what relative file names are relative to (-working-directory) */
    const char *vtype; /* while a whole struct is walked field by field: the field's type key */
    const char *whole_sbt; /* ... and of a variable's: the variable's type (access sbtype) */
    int whole_alloc;   /* while free()/realloc()'s argument is walked: a bare pointer is its whole object */
    int atomic_region; /* between __VERIFIER_atomic_begin and _end in the walk's order */
    CXCursor spin_if;  /* the if (ACQUIRE) break; of the spin loop being walked (ex_spin_break.c) ... */
    int spin_ret;      /* ... an if (ACQUIRE) return; instead: the lock is taken in its branch */
    CXCursor spin_at, spin_word;
    int partial_write; /* memset/memcpy of fewer bytes than the object: which fields is not known */
    long byte_limit;   /* > 0: a call reaching byte_limit bytes of a struct from byte byte_from: its fields there */
    long byte_from;
    int ubits_unknown; /* the lvalue just keyed lies in a union's location at bits not followed (q->c, q = &u.in) */
    int span_access;   /* memset/memcpy of another size than the object: through &a[i], which elements not known ... */
    int span_elems;    /* ... unless the size is span_elems such objects: elements i to i + span_elems - 1 */
    int span_scalar;   /* a library call that may reach past what it is given (strlen(&s[i]), read(fd, &b[i], n)):
                          through a scalar element &a[i], which elements not known (a row a[i] it stays within) */
    int plain_store;   /* atomic_init's store: not atomic, whatever the object's type */
    int create_store;  /* pthread_create's store of the new thread's id (access vol 2) */
    int libc_call;     /* a C library call's accesses of its own state (access libc) */
    int lib_ext;       /* a library's write that a call of the program does not own (access libc 3): a v*scanf
                          wrapper's through its variadic pointers, a maybe-%n's made before its call's op */
    int relaxed_op;    /* the atomic operation being walked: 1 memory_order_relaxed only, 2 no release */
    int next_depth;    /* loops (do { } while (0) too) around the statement: a break or continue is theirs */
    struct binsem { /* global semaphores sem_init sets to 1 (ex_semaphore.c) */
        const char *key;
        int ok;   /* every sem_init of it in the TU gives 1 */
        int zero; /* every sem_init of it in the TU gives 0: a signal (a post hands off to a wait) */
    } *binsems;
    size_t nbinsems, capbinsems;
    int sem_unknown_post; /* a sem_post through a pointer that names no global nor parameter */
    int sem_param_post;   /* a sem_post through a parameter (a wrapper: the caller's semaphore) */
    int sem_ptr_init;     /* a sem_init through a pointer or of an element, to a value not 0 */
    int unlocked_stdio;   /* the TU calls stdio's *_unlocked functions (ex_stdio.c) */
    /* While v = f(...) or T v = f(...) is walked: v (the left side, or the VarDecl) and the
     * call (ex_thread_object.c) */
    CXCursor call_dest, call_rhs;
    /* Objects this TU reads with a relaxed atomic (ex_atomic_order.c; found on the first question) */
    const char **relaxed_reads;
    size_t nrelaxed, caprelaxed;
    int relaxed_scanned;
    int relaxed_pointers; /* some relaxed atomic of the TU stores or reads a pointer */
    /* Global counters some code moves other than up (ex_counter_uses.c; found on the first question) */
    const char **bad_counters;
    size_t nbad_counters, capbad_counters;
    int counters_scanned;
    /* The operator text between two operands, and the operator a #define spells for an
     * operand, remembered (ex_clang.c, ex_macro.c): many questions ask them of one
     * expression, each reading the source again. OPMEMO entries each, direct-mapped. */
    struct opmemo {
        CXCursor a, b;
        int ok;
        const char *s;
        size_t n;
    } *opm;
    struct macmemo {
        CXCursor a;
        int ok;
        char op[8];
    } *macm;
    struct macro_def { /* #define bodies looked up (ex_macro.c), found or not */
        char name[64];
        int found;
        const char *body, *bend, *params, *pend;
    } *macros;
    size_t nmacros, capmacros;
    /* Declarations that are a second name of another symbol (alias, asm label: ex_attrs.c):
     * usr stands for to everywhere; a function's calls are modelled as calls of name. */
    struct symalias {
        const char *usr, *to, *name;
    } *syms;
    size_t nsyms, capsyms;
    /* Variables with a cleanup function in the blocks open around the walk, innermost last. */
    struct cleanup {
        const char *usr, *name, *key;
        CXCursor decl;
        int depth;          /* x->sdepth of its block */
        unsigned from, end; /* its scope: the declaration to its block's end (file offsets) */
    } *cleanups;
    size_t ncleanups, capcleanups;
};


/* A cursor's children, in order: weft__ex_kids_get fills it (v holds the first 24), weft__ex_kids_free frees it. */
struct kids {
    CXCursor v[24];
    CXCursor *p;
    unsigned n, cap;
};

/* How the pre-scan reaches an expression: anywhere, as a call's argument, or published
 * (handed to a thread, stored outside the function, returned). */
enum { P_NORMAL, P_CALLARG, P_PUBLISH, P_ADDR_PUBLISH /* an address formed from this, published */ };

/* Sources of local d in body: its initializer and the right sides of 'd = ...'. */
struct srcvisit {
    struct ex *x;
    CXCursor d;
    CXCursor src[8];
    /* The block a source is a statement of (it runs whenever a position inside does), or
     * [0, UINT_MAX) for the initializer; [0, 0) for an assignment inside an expression. */
    unsigned dom_b[8], dom_e[8];
    int n, bad;
};

/* What weft__ex_root_of keeps to: the body, and with order set, the lock's and the use's offsets. */
struct rctx {
    CXCursor body;
    int order;
    unsigned lock_off, at;
};

/* ex_stmt.c */
int weft__ex_iter_element(struct ex *x, CXCursor c);
int weft__ex_every_pass(struct ex *x, CXCursor body, CXCursor access); /* ex_dense.c */
/* Cursor c's extent holds file offset at (ex_dense.c). */
int weft__ex_extent_holds(CXCursor c, unsigned at);
/* A for loop's init "int i = E" or "i = E": 1 with its variable and E. */
int weft__ex_for_init(struct ex *x, CXCursor init, CXCursor *var, CXCursor *e);

/* ex_lvalue.c (unions) */
const char *weft__ex_union_path(struct ex *x, CXCursor c);

/* ex_addr_escape.c */
void weft__ex_addr_escapes(struct ex *x, CXCursor c);

/* ex_clang.c */
#define OPMEMO 4096
/* Whether two cursors are one (every field alike), and a hash of one. */
int weft__ex_same_cursor(const CXCursor *a, const CXCursor *b);
size_t weft__ex_cursor_hash(const CXCursor *c);
const char *weft__ex_abs_path(struct ex *x, const char *n);
void weft__ex_kids_get(CXCursor c, struct kids *k);
void weft__ex_kids_free(struct kids *k);
CXCursor weft__ex_first_kid(CXCursor c);
/* The operand of a parenthesis or cast (a cast to a named type has the type's reference first). */
CXCursor weft__ex_operand(CXCursor c);
CXCursor weft__ex_var_of(CXCursor c);
CXCursor weft__ex_strip(CXCursor c);
/* One paren, cast or implicit conversion of c looked through (what weft__ex_strip does
 * repeatedly): its operand, or a null cursor when c is none. */
CXCursor weft__ex_strip_one(CXCursor c);
/* c is a compound statement entered only at its start: no case, default or label among its
 * statements (a switch's body is entered at its labels). */
int weft__ex_plain_block(CXCursor c);
/* The object e's '.' fields are part of, stripped: a[v].f.g is part of a[v] (p->f stops at p->f). */
CXCursor weft__ex_strip_members(CXCursor e);
/* ap when c is va_arg(ap, T), else a null cursor. */
CXCursor weft__ex_va_list_of(CXCursor c);
void weft__ex_filebuf_drop(struct filebuf *b); /* frees b's #define index (ex_macro.c) */
/* Calls fn(x, call, callee's name or NULL, arg) for each call in the TU's function bodies
 * (not the headers' other declarations), in order, until fn returns nonzero. */
void weft__ex_each_body_call(struct ex *x, int (*fn)(struct ex *x, CXCursor call, const char *name, void *arg),
                             void *arg);
/* ex_stdio.c: whether the TU calls stdio's *_unlocked functions (x->unlocked_stdio); and a
 * locked stdio call (fputs, printf ...) there: its stream's lock around its use of the
 * stream's buffer, which an unlocked call races with. 1 when call c was one. */
void weft__ex_stdio_prescan(struct ex *x);
int weft__ex_locked_stdio(struct ex *x, CXCursor c, const char *name, int nargs);
struct filebuf *weft__ex_loc_of(struct ex *x, CXSourceLocation l, unsigned *line, unsigned *col, unsigned *off);
/* ex_stmt.c: the name hash of label (a LabelStmt), 31 bits; 0 when it is none. */
unsigned weft__ex_label_hash(CXCursor label);
const char *weft__ex_text_of(struct ex *x, CXCursor c);
int weft__ex_binop_is(struct ex *x, CXCursor lhs, CXCursor rhs, const char *op);
/* As weft__ex_binop_is, but never a guess: inside a macro's expansion, where no text stands
 * between the operands (libclang 14 tells no operator), 0. */
int weft__ex_binop_exact(struct ex *x, CXCursor lhs, CXCursor rhs, const char *op);
/* The operator between lhs and rhs is written there (not in a macro's body, where it is guessed). */
int weft__ex_binop_written(struct ex *x, CXCursor lhs, CXCursor rhs);
void weft__ex_unop(struct ex *x, CXCursor u, CXCursor operand, char out[8]);
/* e, as its parent has it, is used as an object (assigned, incremented, its address taken),
 * not converted to its value. */
int weft__ex_used_as_lvalue(CXCursor e);
/* e is errno as glibc spells it, *__errno_location(): each thread's own variable, named
 * WEFT__ERRNO_KEY (shared only where its address is taken, as any thread-local one). */
int weft__ex_is_errno(CXCursor e);
/* ptr points at a thread-local object (&m of a __thread pthread_mutex_t m): each thread's own. */
int weft__ex_thread_local_object(struct ex *x, CXCursor ptr);
/* Argument a of a sprintf-family call may carry an address into the buffer (%p): a pointer
 * that is no string (char *, a char array: %s copies the characters, not the address). */
int weft__ex_formats_address(CXCursor a);
#define WEFT__ERRNO_KEY "g:c:errno.h@errno"
/* Function declaration d does not return: a known name (exit, abort...) or declared so
 * (_Noreturn, __attribute__((noreturn))). */
int weft__ex_fn_noreturn(struct ex *x, CXCursor d);
/* ex_stmt.c: cond's value on every run of the function (a constant, one-value locals), 1 with *v. */
int weft__ex_known_cond(struct ex *x, CXCursor cond, long *v);
/* ex_stmt.c: cond's value on every run where the thread API's calls succeed (they return 0:
 * rc = pthread_mutex_lock(&m); ... rc == 0), 1 with *v. */
int weft__ex_ok_cond(struct ex *x, CXCursor cond, long *v);
/* ex_assume.c: fn (named name) is a verifier's assume (__VERIFIER_assume, assume_abort_if_not
 * that stops the run unless its condition holds). */
int weft__ex_is_assume(struct ex *x, CXCursor fn, const char *name);
/* ex_assume.c: cond reads only locals given one __VERIFIER_nondet_ value each, never changed. */
int weft__ex_on_inputs(struct ex *x, CXCursor cond);
/* ex_stmt.c: the bounds the function's assumptions put on cond's variables leave each some
 * value of its type (c > 5 && c < 3, an unsigned char above 300 cannot hold). */
int weft__ex_inputs_can_hold(struct ex *x, CXCursor cond);
/* A call's arguments every run computes alike: CALL's args_fixed (facts.h). */
int weft__ex_args_fixed(struct ex *x, CXCursor call, int nargs);

/* ex_clang.c: the operator written between lhs and rhs is ',' (in the source itself). */
int weft__ex_comma(struct ex *x, CXCursor lhs, CXCursor rhs);

/* ex_assume.c: a cast written on the way to e's value ((unsigned char)v), parentheses and
 * implicit conversions aside. */
int weft__ex_cast_in(CXCursor e);

/* ex_call.c: the location of the C library's hidden state models.c names state; the state
 * a call of the library returns a pointer into (localtime's struct tm), else NULL. */
const char *weft__ex_libc_state_key(struct ex *x, const char *state);
const char *weft__ex_libc_state_result(struct ex *x, CXCursor call);

/* ex_access.c: what pointer value arg may reach, accessed with mode, as a function with no
 * body given it does: its known target, or by type a number or pointer read from memory. */
void weft__ex_pointee_of_value(struct ex *x, CXCursor arg, int mode);
/* Bytes through a void * of unknown target, at e (any object whose address is taken). */
void weft__ex_void_bytes(struct ex *x, CXCursor e, int mode, int atomic);
/* What an if's condition tests, for the pass (a setjmp, a one-value local, a global). */
void weft__ex_if_cond(struct ex *x, CXCursor cond, struct weft__cond *c);
/* cond's value is fixed by the function's constants (1), or by its parameters too (2); else 0. */
int weft__ex_fixed_by_inputs(struct ex *x, CXCursor cond);
/* What the innermost if's condition makes a HALT in its branch (weft__ex_fixed_by_inputs's
 * answer, asked once, only when a branch ends the run), 0 outside such an if. */
int weft__ex_halt_inputs(struct ex *x);
/* A HALT: the path ends (inputs: in a branch on the function's constants, no error path). */
void weft__ex_emit_halt(struct ex *x, int inputs);
/* u's type is what its operand, a pointer, points at: *p, or !p of an int *. */
int weft__ex_unop_deref_typed(CXCursor u, CXCursor operand);
/* ex_atomic_order.c: atomic builtin expression e (nkids operands) is __c11_atomic_init's. */
int weft__ex_atomic_init_shape(CXCursor e, unsigned nkids);
CXCursor weft__ex_address_of(struct ex *x, CXCursor e);
const char *weft__ex_type_key(struct ex *x, const char *prefix, CXType t, const char *suffix);
int weft__ex_is_atomic_type(CXType t);
int weft__ex_var_is_global(CXCursor d);
const char *weft__ex_usr_of(struct ex *x, CXCursor d);
const char *weft__ex_name_of(struct ex *x, CXCursor d);
const char *weft__ex_cat3(struct ex *x, const char *a, const char *b, const char *c);
int weft__ex_param_index(CXCursor parm);
int weft__ex_is_null_ptr(struct ex *x, CXCursor e);
int weft__ex_modifies(struct ex *x, CXCursor in, CXCursor d, int addr_only);
/* The lvalue expression c stores to (what: WEFT__STORE_WRITE for =, op=, ++, --;
 * WEFT__STORE_ADDR for & too), else a null cursor. */
enum { WEFT__STORE_WRITE = 1, WEFT__STORE_ADDR = 2 };
CXCursor weft__ex_store_target(struct ex *x, CXCursor c, int what);
/* The global variable e names (casts aside), else a null cursor. */
CXCursor weft__ex_global_var(CXCursor e);
CXCursor weft__ex_local_var(CXCursor e);
/* t is a thread handle type (pthread_t, thrd_t, or a typedef of one). */
int weft__ex_is_thread_handle(CXType t);
unsigned weft__ex_off_at(struct ex *x, CXCursor c);
int weft__ex_is_var(CXCursor e, CXCursor v);
int weft__ex_is_array_type(CXType t);
/* A canonical type kind that is a character type (char, signed or unsigned): bytes, which may
 * view any object; or any integer type (_Bool to __int128, characters too). */
int weft__ex_char_kind(enum CXTypeKind k);
int weft__ex_integer_kind(enum CXTypeKind k);
CXCursor weft__ex_index_var(CXCursor ix);
CXCursor weft__ex_fn_body(CXCursor fn);
int weft__ex_is_zero_literal(struct ex *x, CXCursor c);
CXCursor weft__ex_local_decl(CXCursor e);

/* ex_prescan.c */
struct local *weft__ex_local_of(struct ex *x, CXCursor d, int create);
int weft__ex_hash_in(const unsigned *set, size_t n, CXCursor d);
int weft__ex_atomic_stored_kid(struct ex *x, CXCursor e, const struct kids *kk, int *by_address);
int weft__ex_is_changed(struct ex *x, CXCursor d);
long weft__ex_step_offset(struct ex *x, CXCursor d, CXCursor c);
void weft__ex_pre(struct ex *x, CXCursor c, int ctx);
void weft__ex_pre_close(struct ex *x);

/* ex_access.c */
struct weft__op *weft__ex_emit(struct ex *x, char kind, CXCursor at);
/* A SYNC op at `at`: a synchronization the pass does not model, named by what (models.c). */
int weft__ex_local_stepped(struct ex *x, struct local *l);
int weft__ex_local_element_varies(struct ex *x, CXCursor c);
void weft__ex_kept_results(struct ex *x);
int weft__ex_result_kept(struct ex *x, CXCursor c);
void weft__ex_emit_sync(struct ex *x, CXCursor at, const char *what);
int weft__ex_fresh_local(struct ex *x, CXCursor d);
/* __builtin_choose_expr(C, A, B), c unexposed with its three children k: the branch its
 * constant selects in *out (1), else 0 (ex_clang.c). */
int weft__ex_choose_branch(CXCursor c, const CXCursor *k, CXCursor *out);
/* ex_stmt.c: whether a type is variably modified; walks the size expressions of a
 * declaration of one (a typedef's where reached, a parameter's at the function's entry). */
int weft__ex_variably_modified(CXType t);
int weft__ex_typeof_operand(struct ex *x, CXCursor e);
void weft__ex_vm_sizes(struct ex *x, CXCursor d);
/* ex_thread_object.c: a create wrapper's handle in the object it returns ("@r.FIELD"), else
 * NULL; the key of the variable call c's returned thread object is stored in (CALL's ret),
 * "" none; the variable and call being walked (weft__ex_call_dest_set). */
const char *weft__ex_returned_handle(struct ex *x, CXCursor h);
const char *weft__ex_call_ret_key(struct ex *x, CXCursor c, CXCursor callee);
/* ... and a conversion of a thread object's pointer to another type, or a union member or
 * variadic argument of such a type (WEFT__FACT_PUN). */
void weft__ex_note_pun(struct ex *x, CXCursor c);
void weft__ex_note_pun_arg(struct ex *x, CXCursor c, CXCursor a, int i);
void weft__ex_call_dest_set(struct ex *x, CXCursor dest, CXCursor rhs);
/* ... and whether a create's handle in a local struct's field (&a.t) may be given another
 * thread's id in the function, or reached by a pointer the linked program does not see. */
int weft__ex_local_handle_changed(struct ex *x, CXCursor create, CXCursor h);
struct weft__op *weft__ex_access_key(struct ex *x, CXCursor c, const char *key, const char *tkey, int mode, int atomic);
void weft__ex_lvalue(struct ex *x, CXCursor c, int mode, int atomic);
void weft__ex_pointee(struct ex *x, CXCursor arg, int mode, int atomic);

/* ex_bind.c */
struct weft__fact *weft__ex_fact(struct ex *x, char kind, const char *slot, const char *target);
void weft__ex_bind_value(struct ex *x, const char *slot, CXCursor e);
void weft__ex_bind_init(struct ex *x, const char *slot, CXType t, CXCursor init);
void weft__ex_root_init(struct ex *x, CXCursor d, CXCursor init);

/* ex_lvalue.c */
int weft__ex_ptr_target(struct ex *x, CXCursor base, const char **key, int *shared, int depth);
int weft__ex_lval(struct ex *x, CXCursor c, const char **key, int walk);
int weft__ex_var_key(struct ex *x, CXCursor d, const char **key);
const char *weft__ex_lock_key(struct ex *x, CXCursor arg);
const char *weft__ex_lvalue_slot(struct ex *x, CXCursor e);
const char *weft__ex_fn_slot(struct ex *x, CXCursor e);
const char *weft__ex_fn_ref(struct ex *x, CXCursor e);
const char *weft__ex_tloc_of(struct ex *x, CXCursor c);
const char *weft__ex_field_loc_name(struct ex *x, CXCursor fld);
long weft__ex_const_index(struct ex *x, CXCursor e);
int weft__ex_own_target(struct ex *x, CXCursor c);
const char *weft__ex_stable_base(struct ex *x, CXCursor c, int lock);
long weft__ex_pointer_element(struct ex *x, CXCursor e, int obj, int depth);
const char *weft__ex_base_type(struct ex *x, CXCursor c);

/* ex_counter_uses.c: global counter key k (weft__ex_atomic_counter's) only ever counts up in
 * this TU: every atomic operation on it adds a positive constant, nothing else stores to it,
 * steps it down or takes its address but those operations; its type is at least an int. */
int weft__ex_counter_only_up(struct ex *x, const char *k);

/* ex_affine.c: which flat elements lvalue c (a[e1]...[ek], a an array variable) reaches; 0 when not known. */
int weft__ex_affine_index(struct ex *x, CXCursor c, struct weft__affix *o);
/* An integer type's value bits (int: 31, unsigned int: 32, a pointer: 63); 0 for others. */
int weft__ex_value_bits(CXType t);
/* The constant step increment inc gives counter iv (i++: 1, --i: -1, i += 2: 2), 0 none. */
long weft__ex_inc_step(struct ex *x, CXCursor inc, CXCursor iv);
/* e's value in for loop's body is K * iv + B (iv its counter, stepping by a constant; e null:
 * iv itself where at stands): 1 with *stride = |K * step|, the least difference of two
 * iterations' values, and *lo, *hi the range of its values when known (else *lo > *hi). */
int weft__ex_counter_value(struct ex *x, CXCursor loop, CXCursor iv, CXCursor e, CXCursor at, long *stride, long *lo,
                           long *hi);

/* ex_call.c: the counter of for loop (a local its increment steps by a constant: i++,
 * i += 2), with its condition and body; null when it has none or the function has a goto. */
CXCursor weft__ex_loop_counter(struct ex *x, CXCursor loop, CXCursor *cond, CXCursor *body);

/* ex_value_index.c */
/* Integer type t, at least an int's size and not _Bool: ":N" with N its size, else NULL. */
const char *weft__ex_int_size(struct ex *x, CXType t);
/* e's value goes through no conversion to an integer narrower than an int (or to _Bool). */
int weft__ex_no_narrowing(struct ex *x, CXCursor e);
/* Index ix is a value read where parameter N points (*(int *)arg, a->id, directly or through
 * a local initialized with it and never changed), and nothing in the function writes there
 * or hands the pointer on: N, with *field "*" or ".f"; else -1. */
int weft__ex_param_value_index(struct ex *x, CXCursor ix, const char **field);
/* In for-loop body, one statement before create stores counter iv into what create's arg
 * points at (ids[i] = i with &ids[i], p->id = i with a fresh p), and nothing else in the body
 * stores there: "*" or ".f"; else "". Or a for loop before the create loop in its block
 * stored K * j + B into every element the create loop hands out (ids[j] = N - 1 - j), and
 * nothing else stores into the array: the same, with those values in cr (vstride, vlo, vhi,
 * vsrc). */
const char *weft__ex_counter_stored(struct ex *x, CXCursor body, CXCursor create, CXCursor arg, CXCursor iv,
                                    struct weft__create *cr);

/* ex_prescan.c: whether what libc state call c returns (localtime's struct tm, ctime's string)
 * is kept past the call: stored, handed to a thread or a function of the program, directly or
 * through the local it is given to. */
int weft__ex_state_kept(struct ex *x, CXCursor c);

/* ex_alloc.c */
int weft__ex_is_alloc_call(struct ex *x, CXCursor call);
/* Whether a call frees its first argument: free, or a call through a free hook (ex_alloc.c). */
int weft__ex_is_free_call(struct ex *x, CXCursor call);
/* A call through a free hook (one the link proves holds only free: WEFT__FACT_HOOK): free's
 * declaration, to be walked as a call of free; else null. */
CXCursor weft__ex_free_hook_target(struct ex *x, CXCursor call);
int weft__ex_allocator(struct ex *x, CXCursor def);

/* ex_escape.c */
int weft__ex_ptr_shared(struct ex *x, CXCursor e);
int weft__ex_sources(struct ex *x, CXCursor body, CXCursor d, struct srcvisit *v, int dom);
int weft__ex_param_class(struct ex *x, CXCursor fn, int idx, int *q);
int weft__ex_src_last(struct ex *x, struct local *l, CXCursor d, unsigned at, unsigned *s, int *fresh);
int weft__ex_src_holds(struct ex *x, const struct local *l, int last, unsigned s, unsigned at);
int weft__ex_own_at(struct ex *x, CXCursor e);

/* ex_call.c */
/* A lock (unlock) op of the lock ptr designates (&m, &s->m, m): its key and text; shared 1 a read
 * lock, 2 a relaxed release, 3 a release that voids the lock when its thread does not hold it
 * while threads run, 4 a semaphore post that voids it whenever its thread does not hold it. */
void weft__ex_emit_lock_at(struct ex *x, CXCursor at, CXCursor ptr, int unlock, char shared);
void weft__ex_emit_lock(struct ex *x, CXCursor c, const char *name);
int weft__ex_cond_lock(struct ex *x, CXCursor cond, CXCursor *call, const char **name, int *in_then);
void weft__ex_call(struct ex *x, CXCursor c);

/* ex_regions.c */
int weft__ex_root_of(struct ex *x, const struct rctx *r, CXCursor e, const char **arr, CXCursor *var, int *pidx,
                     int depth);
const char *weft__ex_groot(struct ex *x, CXCursor e, int depth);
void weft__ex_region_store(struct ex *x, CXCursor l, CXCursor r);
void weft__ex_region_call(struct ex *x, CXCursor call, CXCursor def, int nargs);
void weft__ex_access_tail(struct ex *x, CXCursor c, const char *key, struct weft__access *a);
void weft__ex_call_tail(struct ex *x, CXCursor call, int nargs, struct weft__call *out);

/* ex_symlock.c */
void weft__ex_scope_pop(struct ex *x);
void weft__ex_loop_enter(struct ex *x, CXCursor c);
void weft__ex_sym_kill(struct ex *x, CXCursor e);
void weft__ex_sym_lock(struct ex *x, CXCursor call, CXCursor arg, int is_unlock);
/* ex_atomic_lock.c: locks built from atomics.  cond takes such a lock (1 with *at the atomic
 * operation, *ptr the lock word's address, *in_then whether it is held where cond is true);
 * e releases one (1 with *ptr); the lock or unlock op of one. */
/* A condition's operand E when it reads E, !E, E == 0 or E != 0 (*neg set for !E and E == 0),
 * else a null cursor. */
CXCursor weft__ex_cond_operand(struct ex *x, CXCursor cond, int *neg);
/* ex_flag_wait.c: cond waits on a load of a zero-initialized global (acquire, plain, or
 * relaxed), so a loop on it ends only once that global was seen nonzero: 1 with the global's
 * key and name, and *how its LOCK op's via ("t": a tentative definition not static, "l": a
 * plain read, to be made under a mutex, "x": a relaxed load, for an acquire fence after it). */
int weft__ex_flag_wait(struct ex *x, CXCursor cond, const char **key, const char **text, const char **how);
/* ex_flag_wait.c: the global e loads with acquire (or stronger) order (atomic_load(&g), an
 * _Atomic g read), else a null cursor. */
CXCursor weft__ex_acquire_load(struct ex *x, CXCursor e);
/* ex_flag_wait.c: a thread fence (atomic_thread_fence(order), __sync_synchronize) as a LOCK
 * op WEFT__LOCK_SEEN with no key, via "A" (acquire), "R" (release) or "AR". */
void weft__ex_fence(struct ex *x, CXCursor c, const char *name, int nargs);
/* ex_flag_wait.c: after such a loop, the thread has seen the flag key set (a LOCK op,
 * WEFT__LOCK_SEEN, via how). */
void weft__ex_emit_flag_seen(struct ex *x, CXCursor at, const char *key, const char *text, const char *how);
/* ex_ticket.c: cond spins until an acquire load of a global S equals a ticket the function took
 * from a counter only counting up: after the loop the ticket lock S is held (a LOCK op). */
int weft__ex_ticket_wait(struct ex *x, CXCursor cond, CXCursor at);
/* ex_ticket.c: an atomic write of global obj (a fetch-and-add, ++, a store, an exchange):
 * the release of a ticket lock held on it (an UNLOCK op, WEFT__LOCK_TICKET; ordered or not). */
void weft__ex_ticket_release(struct ex *x, CXCursor at, CXCursor obj, int ordered);
/* ex_fn_escape.c: in root (a function's body, a global's initializer), functions converted
 * to a type that is not a function pointer, bound to the escape slots of their type, which
 * every call through a pointer of a matching type reads too. */
void weft__ex_fn_escapes(struct ex *x, CXCursor root);
/* ex_fn_escape.c: the escape slots of function type fn: where such a function is bound (call
 * 0), or what a call through a pointer to fn reads (call 1). How many, into out. */
int weft__ex_escape_slots(struct ex *x, CXType fn, int call, const char *out[2]);
/* ex_asm.c: a GCC asm statement's operands as accesses, and a SYNC op. */
void weft__ex_asm(struct ex *x, CXCursor c);
/* body: the loop's body a failed CAS repeats (null: an if, one try). */
int weft__ex_atomic_acquire(struct ex *x, CXCursor cond, CXCursor body, CXCursor *at, CXCursor *ptr, int *in_then);
/* e stores 0 to or clears a lock word (*ptr its address); *ordered: with release order. */
int weft__ex_atomic_release(struct ex *x, CXCursor e, CXCursor *ptr, int *ordered);
/* e is an atomic operation that may store 0 (or an unknown value) into a lock word, *ptr its
 * address: an exchange or CAS of 0, fetch_and, fetch_sub ... (a thread not holding the lock
 * frees it; the holder releases it). */
int weft__ex_atomic_may_free(struct ex *x, CXCursor e, CXCursor *ptr);
/* The memory order operand (null: __sync_'s full barrier) has acquire (release: release) semantics. */
int weft__ex_atomic_orders(struct ex *x, CXCursor order, int release);
/* Whether atomic operation c (a builtin atomic expression or an __atomic_ call) has only
 * memory_order_relaxed orders: it orders nothing. */
int weft__ex_atomic_relaxed(struct ex *x, CXCursor c);
/* ex_atomic_lock.c: an atomic operation's order as its stores see it: 0 a release or stronger
 * (or a __sync_ full barrier), 1 relaxed, 2 no release (acquire or consume only, or an order
 * not known: held in a variable). */
int weft__ex_atomic_order_kind(struct ex *x, CXCursor c);
/* ex_atomic_lock.c: lvalue, an _Atomic word, changed by l--, l -= v, l &= v: a lock built from
 * atomics on it may be freed (an UNLOCK that voids it when its thread does not hold it). */
void weft__ex_atomic_word_written(struct ex *x, CXCursor at, CXCursor lvalue);
/* ex_atomic_order.c: atomic builtin e, storing what it is given into shared memory, hands over
 * what that points at: it releases, the TU reads the object it stores into only with acquire
 * (or stronger) atomics, and no relaxed atomic of the TU moves pointers. */
int weft__ex_atomic_hands_over(struct ex *x, CXCursor e);
/* Some relaxed atomic operation of the TU stores or reads a pointer (a failed CAS's read too):
 * a fresh object may be handed over through any variable without ordering its fill. */
int weft__ex_relaxed_pointers(struct ex *x);
/* ordered 0: a relaxed release, after which the lock word orders nothing. */
void weft__ex_emit_atomic_lock(struct ex *x, CXCursor at, CXCursor ptr, int unlock, int ordered);
/* e is a C11 atomic builtin expression (atomic_store(&o, v), __c11_atomic_*): its first operand the address. */
int weft__ex_is_atomic_builtin(struct ex *x, CXCursor e);
/* e only stores (atomic_store, __atomic_store_n, atomic_flag_clear...): a write, not a read-modify-write. */
int weft__ex_atomic_store_only(struct ex *x, CXCursor e);
/* An atomic load (atomic_load, __atomic_load_n): it reads its object, nothing else. */
int weft__ex_atomic_load_only(struct ex *x, CXCursor e);

/* ex_spin_break.c: loop is while (1) { ... if (ACQUIRE) break; ... } (or a compare-and-swap
 * function of the program before if (r) break;): *skip_if that if, *at and *word the lock word. */
int weft__ex_spin_break(struct ex *x, CXCursor loop, CXCursor *skip_if, CXCursor *at, CXCursor *word, int *ret);
/* The returns under c, counted. */
int weft__ex_returns(CXCursor c);

/* ex_macro.c: the operator next to an operand in a macro's #define (the use's text has none):
 * ++ or -- of u into out (1), or whether op follows lhs (1). */
int weft__ex_macro_unop(struct ex *x, CXCursor u, CXCursor operand, char out[8]);
/* ex_macro.c: the #define body of macro name (NULL: the one whose use starts e's extent), as
 * found in e's file or the TU's other files: 1 with [*body, *bend). */
int weft__ex_macro_text(struct ex *x, CXCursor e, const char *name, const char **body, const char **bend);
int weft__ex_macro_binop(struct ex *x, CXCursor lhs, const char *op);
/* ... and whether e's file #defines name once and never #undefs it (else which #define is in
 * force is not read here) */
int weft__ex_macro_once(struct ex *x, CXCursor e, const char *name);

/* ex_mutex_kinds.c: a WEFT__FACT_RECURSIVE fact when the TU makes recursive mutexes and no
 * error-checking ones (before the walk). */
void weft__ex_mutex_kinds(struct ex *x);
/* Call c is pthread_mutexattr_settype (1) or _setrobust (2), *named set when its kind is an
 * enumerator (PTHREAD_MUTEX_ERRORCHECK, not 2 or a variable); else 0. */
int weft__ex_mutexattr_kind_call(struct ex *x, CXCursor c, int *named);

/* ex_semaphore.c: the TU's binary semaphores (before the walk); sem_wait/sem_post of one as a
 * lock and an unlock. */
void weft__ex_binary_semaphores(struct ex *x);
void weft__ex_semaphore_call(struct ex *x, CXCursor c, const char *name, int nargs);

/* ex_assume.c */
void weft__ex_assume(struct ex *x, CXCursor c, CXCursor fn, const char *name, int nargs);
/* *p for a pointer parameter p: p's expression, else a null cursor. */
CXCursor weft__ex_deref_param(struct ex *x, CXCursor e);
void weft__ex_atomic_store(struct ex *x, CXCursor assign, CXCursor lhs, CXCursor rhs);
/* In a TU with atomic sections, a write to a global integer that may clear it (g--, g ^= 1, memset(&g...)): the release of an assume lock g. */
void weft__ex_assume_word_written(struct ex *x, CXCursor at, CXCursor lvalue);
/* A branch (a statement, or an expression of ?:) that ends the thread or the program: a
 * call the models say never returns, or the program's function that ends in one, alone or
 * last in its block. */
int weft__ex_exit_branch(struct ex *x, CXCursor s);
/* e reads what another thread may write (a global, memory through a pointer, a call of the
 * program's, a local given such a value). */
int weft__ex_reads_shared(struct ex *x, CXCursor e);
/* The key of the global atomic counter e fetch-adds a positive constant to, else NULL. */
const char *weft__ex_atomic_counter(struct ex *x, CXCursor e);

/* ex_attrs.c: GCC attributes. The TU's aliases and asm labels (x->syms) and its constructor
 * and destructor functions (facts), found before the walk; the symbol a USR stands for;
 * the name a call of d is modelled by; a cleanup variable's declaration, and the calls of
 * the cleanup functions of the variables whose blocks end at depth (all of them: -1; pop:
 * forget them). */
void weft__ex_symbols(struct ex *x);
const char *weft__ex_sym_usr(struct ex *x, const char *usr);
const char *weft__ex_sym_name(struct ex *x, CXCursor d, const char *name);
void weft__ex_cleanup_decl(struct ex *x, CXCursor d);
void weft__ex_cleanup_run(struct ex *x, int depth, int pop);
void weft__ex_cleanup_goto(struct ex *x, CXCursor label);
CXCursor weft__ex_global_named(struct ex *x, const char *sym);

/* ex_vaarg.c: the parameter position (< 4) of the variadic argument va_arg expression e takes,
 * when the current function's va_args all run once, in source order; else -1. */
int weft__ex_va_arg_param(struct ex *x, CXCursor e);

/* ex_stmt.c */
void weft__ex_stmt(struct ex *x, CXCursor c);

/* ex_expr.c */
void weft__ex_expr(struct ex *x, CXCursor c, int mode);

/* ex_intcond.c */
const char *weft__ex_setjmp_key(struct ex *x, CXCursor cond, char *mode);
/* A local or parameter d of the function being walked (x->fn_usr set): "NAME#OFF@FN". */
const char *weft__ex_local_name(struct ex *x, CXCursor d);
/* a[v] (or a field of it, a[v].f) with v a local or parameter: "NAME#OFF@FN" naming v, else "". */
const char *weft__ex_subscript_var(struct ex *x, CXCursor e);
/* ex_ptr_slots.c: a create in a for loop (body, counter iv) with handle &t[iv] and argument
 * j, a local, that the body stored into A[iv] before it (A a local array of pointers stored
 * to there only, only ever indexed): A's name, else "". */
const char *weft__ex_slot_array_of_create(struct ex *x, CXCursor body, CXCursor iv, CXCursor call, CXCursor arg, CXCursor h);
/* An access through A[v] (A[v]->f, *A[v], A[v]->s.g): A's name and *var v's (as ixvar), else "". */
const char *weft__ex_slot_access(struct ex *x, CXCursor c, const char **var);
/* The handle array a join's handle h is an element of (t[i], ws[i].tid) is a local array that
 * is only ever indexed and whose handles only thread creates store to (not swapped, copied,
 * handed on): element k holds the thread created into it. */
int weft__ex_handles_indexed_only(struct ex *x, CXCursor h);
/* *param: 1 + N when the local is parameter N (< 4) never assigned, tested as it came (no offset), else 0;
 * *bits: its width when an integer narrower than 64 bits, else 0. */
const char *weft__ex_cond_key(struct ex *x, CXCursor cond, char *mode, int *param, int *bits);
int weft__ex_decl_in_macro(struct ex *x, CXCursor d);
/* ex_stmt.c: an assumption's conjuncts on a verifier's nondeterministic local, as ifs whose
 * other branch ends the run. */
void weft__ex_assume_nondet(struct ex *x, CXCursor cond);
/* ex_assume.c: an assumption that ends every run where it fails (no body, or if (!c) abort();) */
int weft__ex_strict_assume(struct ex *x, CXCursor fn, const char *name);
/* ex_result.c: return statements that return a literal, and ifs that test what a call returned. */
int weft__ex_returned_lit(struct ex *x, CXCursor ret, long *v);
void weft__ex_result_cond(struct ex *x, CXCursor cond, const char *usr, struct weft__cond *c);
CXCursor weft__ex_gint_var_decl(CXCursor d);
int weft__ex_gint_fits(CXCursor d, long v);
/* ex_intcond.c: the value of integer expression e as its casts leave it (below the casts to
 * pointers around it), when the compiler can evaluate it. */
int weft__ex_eval_int(CXCursor e, long *v);
int weft__ex_int_lit(struct ex *x, CXCursor e, long *v);
void weft__ex_gint_cond(struct ex *x, CXCursor cond, struct weft__cond *c);
void weft__ex_saturating(struct ex *x, CXCursor cond, CXCursor then);
void weft__ex_gint_write(struct ex *x, CXCursor at, CXCursor lhs, const char *tag);
/* Which elements of an array of handles expression h (t, &t[i], t[3]) names, in the walk's loop. */
void weft__ex_handle_index(struct ex *x, CXCursor h, struct weft__hindex *ix);
void weft__ex_case_values(struct ex *x, CXCursor c, struct weft__switch *sw);

#endif
