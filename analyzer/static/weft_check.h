/* weft check's public API: find pairs of accesses to shared state that can race, across a whole program. */
#ifndef WEFT_CHECK_H
#define WEFT_CHECK_H

#include <stddef.h>

/* A user lock wrapper: calls to acquire take a lock (its first argument, or, when it
 * takes none, one lock named after the pair), calls to release drop it. */
struct weft_check_lockfn {
    const char *acquire, *release;
};

struct weft_check_config {
    struct weft_check_lockfn *lock_fns;
    size_t nlock_fns;
    const char **atomic_fns; /* fnmatch(3) patterns: such functions run as one atomic section */
    size_t natomic_fns;
};

/* One translation unit to parse: the source file, the directory its flags are relative
 * to (NULL: the current one) and its compiler flags (no compiler name, no -c/-o). */
struct weft_check_tu {
    const char *file, *directory;
    const char *const *argv;
    int argc;
    const char *output; /* the object file (-o), absolute; NULL if the command names none */
};

struct weft_check_options {
    const struct weft_check_config *config;
    int jobs;              /* parallel parses; <= 0: number of cores */
    const char *cache_dir; /* where per-TU facts are cached; NULL: no cache */
    int progress;          /* 1: draw a progress bar on stderr if it is a terminal */
};

/* A call on the way from a thread's start routine to an access: function, called at file:line. */
struct weft_check_frame {
    const char *function;
    const char *file;
    unsigned line;
};

/* Accesses a finding's reports list (JSON, SARIF): the racing pair first, then others up to
 * this many; a location reached from hundreds of places is read by no one in full. */
#define WEFT_CHECK_LISTED_ACCESSES 16

struct weft_check_access {
    const char *file;
    unsigned line, col;
    const char *kind;   /* "read" or "write" (a read-modify-write is a write) */
    int atomic;
    const char *thread; /* thread entry function, "main" for the main thread */
    const char **locks; /* locks held, "name (read)" for read-mode rwlocks */
    size_t nlocks;
    const char *text;   /* the accessing expression's source text */
    /* The calls from the thread's start routine (or main) to the function the access is
     * in, outermost first (none: it is in the start routine itself); one path that reaches it.
     * Only the first WEFT_CHECK_LISTED_ACCESSES accesses of a finding, the ones the reports
     * list, carry it (npath 0 for the rest). */
    const struct weft_check_frame *path;
    size_t npath;
};

struct weft_check_finding {
    const char *rule;     /* "weft-race" */
    const char *id;       /* stable fingerprint (16 hex digits) */
    const char *variable; /* what races: a variable, field or memory reached through a pointer */
    const char *file;
    unsigned line, col;
    const char *message;
    struct weft_check_access *accesses;
    size_t naccesses;
    /* definite: every part of the race is certain (one object, two threads surely running at
     * once, no lock or synchronization on either path); else possible, and reason says the
     * first part that is not ("" when definite). */
    int definite;
    const char *reason;
    size_t npair; /* accesses[0..npair) are the racing pair (1: one access racing with itself in two threads) */
    /* 1: no pair of it reaches one identified memory (a named global or static, a local whose
     * address escapes, what a global pointer or a fresh allocation holds): every pair matches
     * memory by its type only ("any struct timeval"), so the accesses may reach different
     * objects. Always possible; left out by default (weft_check_hide_type_matches). */
    int by_type;
};

struct weft_check_result {
    int complete;
    const char **incomplete; /* why not complete, one reason each */
    size_t nincomplete;
    size_t tus, errors;      /* translation units, those that did not parse */
    const char **diagnostics; /* the errors, "file:line:col: error: ..." */
    size_t ndiagnostics;
    struct weft_check_finding *findings;
    size_t nfindings;
    size_t parsed, cached;   /* TUs parsed now and TUs whose facts came from the cache */
    double seconds;
    size_t hidden_by_type; /* findings weft_check_hide_type_matches left out */
    const char **unused_lock_fns; /* --lock-fn names no analyzed code calls or defines (a macro?) */
    size_t nunused_lock_fns;
    void *priv;
};

/* Analyzes the TUs as one program. Returns 0 with *out set (free it with
 * weft_check_result_free), or a negative errno when nothing could be analyzed.
 * TUs that fail to parse are counted in errors and left out; the others are analyzed. */
int weft_check_run(const struct weft_check_tu *tus, size_t ntus, const struct weft_check_options *o,
                   struct weft_check_result **out);
void weft_check_result_free(struct weft_check_result *r);

/* Leaves out the findings matched by type only (by_type), counting them in hidden_by_type. */
void weft_check_hide_type_matches(struct weft_check_result *r);

/* What the result claims of the program: WEFT_CHECK_RACE (a definite race),
 * WEFT_CHECK_POSSIBLE (possible races only), WEFT_CHECK_RACE_FREE (the analysis covered every
 * TU and found nothing), WEFT_CHECK_UNKNOWN (nothing found, but the analysis is incomplete, a
 * TU did not parse, or findings matched by type only were left out). */
enum weft_check_verdict { WEFT_CHECK_RACE_FREE, WEFT_CHECK_RACE, WEFT_CHECK_POSSIBLE, WEFT_CHECK_UNKNOWN };
enum weft_check_verdict weft_check_verdict(const struct weft_check_result *r);
/* "race", "possible race", "race-free" or "unknown". */
const char *weft_check_verdict_name(enum weft_check_verdict v);

/* Entries of a compile database left out: not C sources (assembly .S, C++...), the first
 * of them named; and commands listed twice. */
struct weft_check_compdb_skips {
    size_t not_c, duplicates;
    char first_not_c[256];
};

/* Loads compile_commands.json from path (the file or its directory): its C entries, each
 * command once (skips, if not NULL, counts the others). Returns the number of TUs (>= 0)
 * with *out set (free with weft_check_tus_free), or a negative errno with one line in err
 * (errlen bytes) saying why. */
int weft_check_load_compdb(const char *path, struct weft_check_tu **out, struct weft_check_compdb_skips *skips,
                           char *err, size_t errlen);
void weft_check_tus_free(struct weft_check_tu *tus, size_t n);

/* Loads libclang (dlopen, once): weft check needs it, the rest of weft never maps it.
 * Returns 0, or a negative errno with one line in err (errlen bytes) saying why.
 * weft_check_run and weft_check_load_compdb call it themselves and fail with -ENOENT without it. */
int weft_check_load_libclang(char *err, size_t errlen);

/* The include path of libclang's own headers (stddef.h, ...), or NULL. */
const char *weft_check_resource_include(void);

#endif
