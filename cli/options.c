/* The argument loop every weft command uses: getopt_long over the command's table, operands in between. */
#define _GNU_SOURCE
#include "options.h"

#include "commands.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The option as the user typed it: "--output", or "-o" out of a cluster like "-qo". */
static void bad_option(const struct weft_cli_parser *p, int c, char **argv)
{
    const char *word = optind > 0 ? argv[optind - 1] : "";
    char shortname[3] = {'-', (char)optopt, '\0'};
    const char *name = !strncmp(word, "--", 2) || !optopt ? word : shortname;

    if (c == ':')
        fprintf(stderr, "weft %s: option '%s' needs an argument (see 'weft %s --help')\n", p->cmd, name, p->cmd);
    else
        fprintf(stderr, "weft %s: unknown option '%s' (see 'weft %s --help')\n", p->cmd, name, p->cmd);
}

int weft_cli_parse(const struct weft_cli_parser *p, int argc, char **argv, void *ctx)
{
    char shorts[64];
    int dashdash = 0;

    snprintf(shorts, sizeof(shorts), "+:%s", p->shorts);
    optind = 0; /* glibc: start over, including the position inside a cluster */
    opterr = 0;
    for (;;) {
        int before = optind ? optind : 1, r;
        int c = dashdash ? -1 : getopt_long(argc, argv, shorts, p->longs, NULL);
        if (c == -1) {
            /* getopt stepped over "--" (and not over an option's argument that reads "--"). */
            if (!dashdash && optind == before + 1 && !strcmp(argv[before], "--"))
                dashdash = 1;
            if (optind >= argc)
                return WEFT_CLI_NEXT;
            if (!p->operand) {
                fprintf(stderr, "weft %s: unexpected argument '%s' (see 'weft %s --help')\n", p->cmd,
                        argv[optind], p->cmd);
                return WEFT_EXIT_ERROR;
            }
            r = p->operand(ctx, argv, optind, dashdash);
            optind++;
            if (r == WEFT_CLI_STOP)
                return WEFT_CLI_NEXT;
        } else if (c == '?' || c == ':') {
            bad_option(p, c, argv);
            return WEFT_EXIT_ERROR;
        } else {
            r = p->option(ctx, c, optarg);
        }
        if (r != WEFT_CLI_NEXT)
            return r;
    }
}

int weft_cli_single(const char *cmd, const char **slot, const char *arg)
{
    if (*slot) {
        fprintf(stderr, "weft %s: one trace expected, got '%s' too (see 'weft %s --help')\n", cmd, arg, cmd);
        return WEFT_EXIT_ERROR;
    }
    *slot = arg;
    return WEFT_CLI_NEXT;
}

int weft_cli_u64(const char *s, unsigned long long *v)
{
    char *end;
    errno = 0;
    *v = strtoull(s, &end, 10);
    return !*s || *end || errno || s[0] == '-' ? -EINVAL : 0;
}
