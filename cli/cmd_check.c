/* weft check: placeholder until its issue lands. */
#include "commands.h"

#include <stdio.h>

int weft_cmd_check(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("weft check: not built yet\n", stderr);
    return WEFT_EXIT_ERROR;
}
