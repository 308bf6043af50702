/* Runs a test program with or without the preload and captures its output, for the integration tests. */
#ifndef WEFT_TESTS_RUN_TRACED_H
#define WEFT_TESTS_RUN_TRACED_H

#include <sys/types.h>

struct run {
    char dir[64];     /* the WEFT_DIR used (empty when untraced) */
    char out[8192];   /* stdout */
    int status;       /* wait status */
    pid_t pid;
};

/*
 * Runs PROG_DIR/prog (or prog itself when it is an absolute path) with args (NULL-terminated, may be NULL) and an optional extra
 * "NAME=value" env entry.  traced 1: LD_PRELOAD the library with a fresh WEFT_DIR;
 * traced 2: LD_PRELOAD only (the caller passes WEFT_OUT; WEFT_BIN is passed on).
 * When ready_line is non-NULL, returns as soon as stdout holds it, with the program
 * still running (the caller kills and reaps it with run_kill).  Returns 0 or -errno.
 */
int run_prog(const char *prog, const char *const *args, int traced, const char *extra_env,
             const char *ready_line, struct run *r);
/* SIGKILLs a program left running by run_prog and reaps it. */
void run_kill(struct run *r);
/* Removes the WEFT_DIR and its files. */
void run_cleanup(struct run *r);

#endif
