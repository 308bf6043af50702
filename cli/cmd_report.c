/* weft report: placeholder until its issue lands. */
#include "commands.h"

#include <stdio.h>

int weft_cmd_report(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("weft report: not built yet\n", stderr);
    return WEFT_EXIT_ERROR;
}
