/* Small file helpers of the report renderers: same-file test and whole-file read. */
#include "report_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

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
