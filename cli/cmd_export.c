/* weft export: placeholder until its issue lands. */
#include "commands.h"

#include <stdio.h>

int weft_cmd_export(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("weft export: not built yet\n", stderr);
    return WEFT_EXIT_ERROR;
}
