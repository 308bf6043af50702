/* The one way weft's commands read their arguments: a getopt_long table, options and operands in any order. */
#ifndef WEFT_CLI_OPTIONS_H
#define WEFT_CLI_OPTIONS_H

#include <getopt.h>

/* What a callback returns to go on; any value >= 0 is an exit code and ends parsing. */
#define WEFT_CLI_NEXT (-1)
/* What an operand callback returns when the rest of argv is not ours (weft run's PROG ARGS). */
#define WEFT_CLI_STOP (-2)

struct weft_cli_parser {
    const char *cmd;            /* "run", "analyze", ...: messages say "weft run: ..." */
    const char *shorts;         /* getopt's short options ("o:qh"); "+:" is put in front */
    const struct option *longs; /* getopt_long's table; long-only options use values >= 256 */
    /* One option: getopt's value and its argument (NULL when it takes none). */
    int (*option)(void *ctx, int opt, char *arg);
    /*
     * One operand, argv[i]; dashdash is 1 when it came after "--".  NULL: operands are a
     * usage error.  WEFT_CLI_STOP keeps argv[i..] for the caller and ends parsing.
     */
    int (*operand)(void *ctx, char **argv, int i, int dashdash);
};

/*
 * Reads argv[1..argc): options (getopt_long, in the order given) and operands, which may
 * come between options; everything after "--" is an operand.  An unknown option or one
 * without its argument prints one line naming it and 'weft CMD --help' on stderr.
 * Returns WEFT_CLI_NEXT when every argument was read (or an operand said WEFT_CLI_STOP),
 * else the exit code a callback returned or 2 (WEFT_EXIT_ERROR) for a usage error.
 */
int weft_cli_parse(const struct weft_cli_parser *p, int argc, char **argv, void *ctx);

/*
 * For a command that takes one operand (a trace): stores ARG in *SLOT, or, when it is
 * already set, prints one line and returns 2.  Returns WEFT_CLI_NEXT otherwise.
 */
int weft_cli_single(const char *cmd, const char **slot, const char *arg);

/* Parses a decimal unsigned number (no sign, no junk); 0 or -EINVAL. */
int weft_cli_u64(const char *s, unsigned long long *v);

#endif
