/* TRUTH: racy. codec_table_get() declares its pthread_once_t as a plain local (not static), so every call has a fresh once object and runs build_codec_table() again; the two decoder threads run build_codec_table() concurrently, both writing codec_table[] and codec_ready (write/write races). */
#include <pthread.h>
#include <stdio.h>

#define NCODES 64

static unsigned char codec_table[NCODES];
static int codec_ready;

static void build_codec_table(void)
{
    for (int i = 0; i < NCODES; i++)
        codec_table[i] = (unsigned char)((i * 37) ^ 0x5a);
    codec_ready = 1;
}

static const unsigned char *codec_table_get(void)
{
    pthread_once_t once = PTHREAD_ONCE_INIT;   /* BUG: should be static */
    pthread_once(&once, build_codec_table);
    return codec_table;
}

static void *decoder(void *arg)
{
    const unsigned char *in = arg;
    const unsigned char *tbl = codec_table_get();
    unsigned sum = 0;
    for (int i = 0; in[i]; i++)
        sum += tbl[in[i] % NCODES];
    return (void *)(unsigned long)sum;
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
    pthread_t d1, d2;
    static unsigned char m1[] = "hello";
    static unsigned char m2[] = "world";
    void *r1, *r2;

    pthread_create(&d1, NULL, decoder, m1);
    pthread_create(&d2, NULL, decoder, m2);
    pthread_join(d1, &r1);
    pthread_join(d2, &r2);
    printf("%lu %lu ready=%d\n", (unsigned long)r1, (unsigned long)r2, codec_ready);
    return 0;
}
