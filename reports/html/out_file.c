/* Output files that appear whole or not at all: write a temp file beside the target, then rename. */
#include "report_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int weft__out_open(struct weft__out *o, const char *path, char *err, size_t errlen)
{
    memset(o, 0, sizeof(*o));
    if (!strcmp(path, "-")) {
        o->f = stdout;
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

static void out_free(struct weft__out *o)
{
    free(o->path);
    free(o->tmp_path);
    memset(o, 0, sizeof(*o));
}

void weft__out_abort(struct weft__out *o)
{
    if (o->f && o->f != stdout) {
        fclose(o->f);
        unlink(o->tmp_path);
    } else if (o->f) {
        fflush(o->f);
    }
    out_free(o);
}

int weft__out_commit(struct weft__out *o, char *err, size_t errlen)
{
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

int weft__same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int weft__read_file(const char *path, char **text, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -errno;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
        if (cap - n - 1 == 0) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int bad = !buf ? -ENOMEM : ferror(f) ? -EIO : 0;
    fclose(f);
    if (bad) {
        free(buf);
        return bad;
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return 0;
}
