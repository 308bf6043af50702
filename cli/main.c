/* weft's entry point: dispatches to the subcommands. */
#include "commands.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} commands[] = {
    {"run", weft_cmd_run, "trace a program and its children into trace.db"},
    {"analyze", weft_cmd_analyze, "verdict, thread states, contention and lock-order cycles of a trace"},
    {"report", weft_cmd_report, "write a self-contained HTML timeline of a trace"},
    {"export", weft_cmd_export, "export a trace as Perfetto / Chrome trace JSON"},
    {"check", weft_cmd_check, "find race-prone shared state in C sources"},
    {"__collect", weft_cmd_collect, NULL},
};

static void usage(FILE *f)
{
    fputs("usage: weft <command> [options] [args]\n\ncommands:\n", f);
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (commands[i].summary)
            fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
    fputs("\n'weft <command> --help' describes a command's options.\n"
          "Exit codes: 0 success (check: no race), 1 check found races, 2 usage or input error;\n"
          "'weft run' exits with the traced program's status (128+N if it died of signal N).\n",
          f);
}

static char self_dir[PATH_MAX];

const char *weft_cli_self_dir(void)
{
    return self_dir[0] ? self_dir : NULL;
}

int main(int argc, char **argv)
{
    ssize_t n = readlink("/proc/self/exe", self_dir, sizeof(self_dir) - 1);
    if (n > 0) {
        self_dir[n] = '\0';
        char *slash = strrchr(self_dir, '/');
        if (slash)
            *slash = '\0';
    } else {
        self_dir[0] = '\0';
    }

    if (argc < 2) {
        usage(stderr);
        return WEFT_EXIT_ERROR;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return WEFT_EXIT_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        puts("weft " WEFT_VERSION);
        return WEFT_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "weft: unknown command '%s' (see 'weft --help')\n", argv[1]);
    return WEFT_EXIT_ERROR;
}
