/* TRUTH: race-free. hist[] and nsamples are only accessed between spin_acquire() (atomic_flag_test_and_set_explicit with acquire, looping until it was clear) and spin_release() (atomic_flag_clear_explicit with release) on the single global flag, so the accesses are mutually exclusive; main reads after joining. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NBUCKET 10
#define NT 3

static atomic_flag hist_lock = ATOMIC_FLAG_INIT;
static long hist[NBUCKET];
static long nsamples;

static void spin_acquire(void)
{
    while (atomic_flag_test_and_set_explicit(&hist_lock, memory_order_acquire))
        ;
}

static void spin_release(void)
{
    atomic_flag_clear_explicit(&hist_lock, memory_order_release);
}

static int measure(int seed, int i)
{
    return (seed * 31 + i * 17) % 100;
}

static void *sampler(void *arg)
{
    int seed = (int)(long)arg;
    for (int i = 0; i < 200; i++) {
        int v = measure(seed, i);
        if (v < 0)
            continue;
        spin_acquire();
        hist[v / 10]++;
        nsamples++;
        spin_release();
    }
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
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, sampler, (void *)(i + 1));
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int b = 0; b < NBUCKET; b++)
        printf("%2d: %ld\n", b * 10, hist[b]);
    printf("n=%ld\n", nsamples);
    return 0;
}
