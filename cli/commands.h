/* The weft subcommands: each takes the arguments after its name and returns the process exit code. */
#ifndef WEFT_CLI_COMMANDS_H
#define WEFT_CLI_COMMANDS_H

/* Exit codes shared by every command (documented in README.md). */
enum {
    WEFT_EXIT_OK = 0,       /* success; for check: no race found */
    WEFT_EXIT_FINDINGS = 1, /* check: races found */
    WEFT_EXIT_ERROR = 2,    /* usage or input error */
    WEFT_EXIT_UNPROVED = 3  /* check: no race to fail on, but not proved race-free (possible races,
                               or an incomplete analysis) */
};

/* argv[0] is the command name ("run", "analyze", ...). */
int weft_cmd_run(int argc, char **argv);
int weft_cmd_collect(int argc, char **argv); /* internal: the collector process */
int weft_cmd_analyze(int argc, char **argv);
int weft_cmd_report(int argc, char **argv);
int weft_cmd_export(int argc, char **argv);
int weft_cmd_check(int argc, char **argv);

/* Path of the running weft executable's directory (no trailing slash), or NULL. */
const char *weft_cli_self_dir(void);

#endif
