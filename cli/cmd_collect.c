/* weft collect: placeholder until its issue lands. */
#include "commands.h"

#include <stdio.h>

int weft_cmd_collect(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("weft collect: not built yet\n", stderr);
    return WEFT_EXIT_ERROR;
}
