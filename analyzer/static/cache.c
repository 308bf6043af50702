/* Per-TU facts cache: key = hash(flags, source content); entries list their dependencies to revalidate. */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Bump when the facts' meaning changes, so old entries are ignored. */
#define FACTS_VERSION "weft-facts 252"

static int hash_file(const char *path, uint64_t *h)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    char buf[65536];
    ssize_t n;
    uint64_t v = WEFT__FNV_INIT;
    while ((n = read(fd, buf, sizeof(buf))) > 0)
        v = weft__fnv(v, buf, (size_t)n);
    int e = n < 0 ? -errno : 0;
    close(fd);
    *h = v;
    return e;
}

static pthread_once_t build_once = PTHREAD_ONCE_INIT;
static uint64_t build_hash;

static void build_id(void)
{
    if (hash_file("/proc/self/exe", &build_hash))
        build_hash = 0;
}

const char *weft__cache_version(const char *version)
{
    /* The first line of an entry: its format's version and the hash of the weft that wrote
     * it, so an entry another build wrote (whose analysis may differ) is never reused. */
    static _Thread_local char line[2][96];
    pthread_once(&build_once, build_id);
    int k = version[5] == 'f'; /* "weft-facts ..." or "weft-result ..." */
    snprintf(line[k], sizeof(line[k]), "%s %016llx\n", version, (unsigned long long)build_hash);
    return line[k];
}

int weft__cache_key(const char *file, const char *const *argv, int argc, uint64_t *key)
{
    uint64_t h = weft__fnv(WEFT__FNV_INIT, FACTS_VERSION, sizeof(FACTS_VERSION));
    h = weft__fnv(h, file, strlen(file) + 1);
    for (int i = 0; i < argc; i++)
        h = weft__fnv(h, argv[i], strlen(argv[i]) + 1);
    uint64_t c;
    int e = hash_file(file, &c);
    if (e)
        return e;
    h = weft__fnv(h, &c, sizeof(c));
    *key = h ? h : 1;
    return 0;
}

static void entry_path(char *buf, size_t n, const char *dir, uint64_t key)
{
    snprintf(buf, n, "%s/%016llx.facts", dir, (unsigned long long)key);
}

int weft__cache_mkdir(const char *dir)
{
    char p[4096];
    snprintf(p, sizeof(p), "%s", dir);
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            mkdir(p, 0777);
            *s = '/';
        }
    if (mkdir(p, 0777) && errno != EEXIST)
        return -errno;
    return 0;
}

int weft__cache_load(const char *dir, uint64_t key, struct weft__facts *facts)
{
    char path[4200];
    entry_path(path, sizeof(path), dir, key);
    FILE *f = fopen(path, "re");
    if (!f)
        return -ENOENT;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = -ENOENT;
    if ((len = getline(&line, &cap, f)) <= 0 || strcmp(line, weft__cache_version(FACTS_VERSION)))
        goto out;
    /* "M size mtime hash path" lines, then "-", then the facts. */
    while ((len = getline(&line, &cap, f)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        if (!strcmp(line, "-")) {
            if (!facts) {
                rc = 0; /* validation only */
                break;
            }
            rc = weft__facts_read(facts, f) ? -ENOENT : 0;
            if (rc)
                weft__facts_free(facts);
            break;
        }
        unsigned long long size, mtime, hash;
        int off = 0;
        if (sscanf(line, "M %llu %llu %llx %n", &size, &mtime, &hash, &off) != 3 || !off)
            break;
        const char *dep = line + off;
        struct stat st;
        if (stat(dep, &st))
            break;
        unsigned long long mt = (unsigned long long)st.st_mtim.tv_sec * 1000000000ULL + (unsigned long long)st.st_mtim.tv_nsec;
        if ((unsigned long long)st.st_size == size && mt == mtime)
            continue;
        uint64_t h;
        if (hash_file(dep, &h) || h != hash)
            break;
    }
out:
    free(line);
    fclose(f);
    return rc;
}

int weft__cache_store(const char *dir, uint64_t key, const struct weft__facts *facts)
{
    char path[4200], tmp[4300];
    entry_path(path, sizeof(path), dir, key);
    snprintf(tmp, sizeof(tmp), "%s.%ld.tmp", path, (long)getpid() ^ (long)(uintptr_t)facts);
    FILE *f = fopen(tmp, "we");
    if (!f)
        return -errno;
    fputs(weft__cache_version(FACTS_VERSION), f);
    for (size_t i = 0; i < facts->ndeps; i++) {
        struct stat st;
        uint64_t h;
        if (stat(facts->deps[i], &st) || hash_file(facts->deps[i], &h)) {
            fclose(f);
            unlink(tmp);
            return -ENOENT;
        }
        unsigned long long mt = (unsigned long long)st.st_mtim.tv_sec * 1000000000ULL + (unsigned long long)st.st_mtim.tv_nsec;
        fprintf(f, "M %llu %llu %llx %s\n", (unsigned long long)st.st_size, mt, (unsigned long long)h, facts->deps[i]);
    }
    fputs("-\n", f);
    int rc = weft__facts_write(facts, f);
    if (fclose(f) || rc) {
        unlink(tmp);
        return rc ? rc : -EIO;
    }
    if (rename(tmp, path)) {
        rc = -errno;
        unlink(tmp);
        return rc;
    }
    return 0;
}
