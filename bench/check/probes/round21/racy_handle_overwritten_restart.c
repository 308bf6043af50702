/* TRUTH: racy. main starts the 'collector' with handle h, then on restart starts a second collector into the same handle h, so the single pthread_join(h) waits only for the second one; the first collector may still run 'samples.n++' / 'samples.v[...] = ...' while main reads samples.n afterwards (and both collectors also write samples.n concurrently). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define MAXS 64

struct samples {
    int n;
    double v[MAXS];
};

static struct samples samples;

static double probe(int i)
{
    return (i % 10) * 0.5;
}

static void *collector(void *arg)
{
    int count = (int)(long)arg;
    for (int i = 0; i < count; i++) {
        if (samples.n >= MAXS)
            break;
        samples.v[samples.n] = probe(i);
        samples.n++;
    }
    return NULL;
}

static int need_restart(int attempt)
{
    return attempt == 0;
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
    pthread_t h;
    int attempt = 0;

    memset(&samples, 0, sizeof samples);
    pthread_create(&h, NULL, collector, (void *)20L);
    if (need_restart(attempt)) {
        attempt++;
        /* restart with a bigger budget; the old one "will finish on its own" */
        pthread_create(&h, NULL, collector, (void *)40L);
    }
    pthread_join(h, NULL);
    printf("collected %d samples in %d attempts\n", samples.n, attempt + 1);
    return 0;
}
