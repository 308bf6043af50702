/* TRUTH: racy. The copier thread is detached and never joined; it writes progress.done_bytes and progress.state while main, after its own wait loop on the plain 'finished_chunks' counter (itself racy), reads progress.done_bytes; nothing orders these accesses, so main's read races with the copier's writes. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define NCHUNK 8
#define CHUNK 512

struct progress {
    long done_bytes;
    int state;
};

static struct progress progress;
static char src[NCHUNK * CHUNK], dst[NCHUNK * CHUNK];
static int finished_chunks;

static void *copier(void *arg)
{
    (void)arg;
    progress.state = 1;
    for (int c = 0; c < NCHUNK; c++) {
        memcpy(dst + c * CHUNK, src + c * CHUNK, CHUNK);
        progress.done_bytes += CHUNK;
        finished_chunks++;
    }
    progress.state = 2;
    return NULL;
}


/* ---- build/banner helpers (single-threaded, called from main) ---- */
struct build_info {
    const char *key;
    const char *value;
};

static void print_banner(const char *prog)
{
    static const struct build_info info[] = {
        { "version", "1.4.2" },
        { "threads", "pthread" },
        { "checks", "on" },
    };
    const char *base = prog;
    for (const char *p = prog; *p; p++)
        if (*p == '/')
            base = p + 1;
    printf("%s", base);
    for (unsigned i = 0; i < sizeof info / sizeof info[0]; i++) {
        if (info[i].value == NULL || info[i].value[0] == '\0')
            continue;
        printf(" %s=%s", info[i].key, info[i].value);
    }
    printf("\n");
}
int main(void)
{
    print_banner(__FILE__);
    pthread_t t;
    pthread_attr_t attr;

    memset(src, 'x', sizeof src);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&t, &attr, copier, NULL) != 0)
        return 1;
    pthread_attr_destroy(&attr);
    for (int tries = 0; tries < 100; tries++) {
        if (finished_chunks >= NCHUNK)
            break;
        usleep(1000);
    }
    printf("copied %ld bytes\n", progress.done_bytes);
    return 0;
}
