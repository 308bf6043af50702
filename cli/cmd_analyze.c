/* weft analyze: placeholder until its issue lands. */
#include "commands.h"

#include <stdio.h>

int weft_cmd_analyze(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("weft analyze: not built yet\n", stderr);
    return WEFT_EXIT_ERROR;
}
