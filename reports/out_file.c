/* Output files that appear whole or not at all: write a temp file beside the target, then rename. */
#include "out_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int weft_out_open(struct weft_out *o, const char *path, char *err, size_t errlen)
{
    memset(o, 0, sizeof(*o));
    if (!strcmp(path, "-")) {
        o->f = stdout;
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s: cannot write: Is a directory", path);
        return -EISDIR;
    }
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* A device or FIFO (/dev/null, /dev/stdout, a pipe): write to it directly;
         * renaming a temp file onto it would replace the node itself. */
        o->f = fopen(path, "w");
        if (!o->f) {
            int e = errno;
            snprintf(err, errlen, "%s: cannot write: %s", path, strerror(e));
            return -e;
        }
        o->direct = 1;
        o->path = strdup(path); /* for messages only */
        return 0;
    }
    size_t n = strlen(path);
    o->path = strdup(path);
    o->tmp_path = malloc(n + 16);
    if (!o->path || !o->tmp_path) {
        free(o->path);
        free(o->tmp_path);
        snprintf(err, errlen, "%s: out of memory", path);
        return -ENOMEM;
    }
    /* Same directory as the target so that rename() is atomic (same filesystem). */
    snprintf(o->tmp_path, n + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(o->tmp_path);
    if (fd < 0) {
        int e = errno;
        snprintf(err, errlen, "%s: cannot write: %s", path, strerror(e));
        free(o->path);
        free(o->tmp_path);
        o->path = o->tmp_path = NULL;
        return -e;
    }
    /* mkstemp creates 0600; an output file should get the usual umask-derived mode. */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    o->f = fdopen(fd, "w");
    if (!o->f) {
        int e = errno;
        close(fd);
        unlink(o->tmp_path);
        snprintf(err, errlen, "%s: cannot write: %s", path, strerror(e));
        free(o->path);
        free(o->tmp_path);
        o->path = o->tmp_path = NULL;
        return -e;
    }
    setvbuf(o->f, NULL, _IOFBF, 1 << 16); /* big writes: reports are tens of MiB */
    return 0;
}

static void out_free(struct weft_out *o)
{
    free(o->path);
    free(o->tmp_path);
    memset(o, 0, sizeof(*o));
}

void weft_out_abort(struct weft_out *o)
{
    if (o->direct) {
        fclose(o->f);
    } else if (o->f && o->f != stdout) {
        fclose(o->f);
        unlink(o->tmp_path);
    } else if (o->f) {
        fflush(o->f);
    }
    out_free(o);
}

int weft_out_commit(struct weft_out *o, char *err, size_t errlen)
{
    if (o->direct) {
        int bad = ferror(o->f);
        if (fclose(o->f) != 0)
            bad = 1;
        if (bad) {
            snprintf(err, errlen, "%s: write failed", o->path ? o->path : "output");
            out_free(o);
            return -EIO;
        }
        out_free(o);
        return 0;
    }
    if (o->f == stdout) {
        int bad = fflush(stdout) != 0 || ferror(stdout);
        out_free(o);
        if (bad) {
            snprintf(err, errlen, "stdout: write error");
            return -EIO;
        }
        return 0;
    }
    int bad = ferror(o->f);
    int e = bad ? EIO : 0;
    if (fflush(o->f) != 0 || fsync(fileno(o->f)) != 0) {
        bad = 1;
        e = errno;
    }
    if (fclose(o->f) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    o->f = NULL;
    if (!bad && rename(o->tmp_path, o->path) != 0) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        unlink(o->tmp_path);
        snprintf(err, errlen, "%s: write failed: %s", o->path, strerror(e ? e : EIO));
    }
    out_free(o);
    return bad ? -(e ? e : EIO) : 0;
}

