/* TRUTH: race-free. In struct dev_flags the zero-width bit-field 'unsigned : 0' ends the first bit-field run, so rx_* and tx_* bits are separate memory locations (C11 3.14); the rx thread writes only rx_ready/rx_err, the tx thread only tx_ready/tx_err, and the 'stats' members are separate non-bit-field members each written by one thread; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct dev_flags {
    unsigned rx_ready : 1;
    unsigned rx_err : 3;
    unsigned : 0;
    unsigned tx_ready : 1;
    unsigned tx_err : 3;
};

struct dev_stats {
    long rx_bytes;
    long tx_bytes;
};

static struct dev_flags flags;
static struct dev_stats stats;

static void *rx_thread(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++) {
        stats.rx_bytes += 64;
        if (i % 5 == 4)
            flags.rx_err = (flags.rx_err + 1) & 7;
    }
    flags.rx_ready = 1;
    return NULL;
}

static void *tx_thread(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++) {
        stats.tx_bytes += 128;
        if (i % 7 == 6)
            flags.tx_err = (flags.tx_err + 1) & 7;
    }
    flags.tx_ready = 1;
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
    pthread_t rx, tx;
    pthread_create(&rx, NULL, rx_thread, (void *)20L);
    pthread_create(&tx, NULL, tx_thread, (void *)30L);
    pthread_join(rx, NULL);
    pthread_join(tx, NULL);
    printf("rx %ld (%u,%u) tx %ld (%u,%u)\n", stats.rx_bytes, flags.rx_ready, flags.rx_err,
           stats.tx_bytes, flags.tx_ready, flags.tx_err);
    return 0;
}
