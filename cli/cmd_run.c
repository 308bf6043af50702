/* weft run: placeholder until its issue lands. */
#include "commands.h"

#include <stdio.h>

int weft_cmd_run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("weft run: not built yet\n", stderr);
    return WEFT_EXIT_ERROR;
}
