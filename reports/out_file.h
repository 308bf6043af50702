/* Output files that appear whole or not at all, shared by every command that takes -o. */
#ifndef WEFT_OUT_FILE_H
#define WEFT_OUT_FILE_H

#include <stddef.h>
#include <stdio.h>

/*
 * A regular file is written through a temp file in the same directory and renamed
 * over the target on commit, so a failed run leaves the old file (or none), never
 * half a file.  An existing device or FIFO (/dev/null, /dev/stdout) is written
 * directly, since renaming onto it would replace the node.  "-" means stdout.
 */
struct weft_out {
    FILE *f;
    char *path;     /* final path (NULL for stdout and direct writes) */
    char *tmp_path; /* temp path while open */
    int direct;     /* 1: writing straight into a non-regular file */
};
/* Returns 0, or -errno with err set to one line ("PATH: cannot write: why"). */
int weft_out_open(struct weft_out *o, const char *path, char *err, size_t errlen);
/* Flushes, closes and renames into place; on any error removes the temp file. */
int weft_out_commit(struct weft_out *o, char *err, size_t errlen);
/* Closes and removes the temp file (error paths). */
void weft_out_abort(struct weft_out *o);

#endif
