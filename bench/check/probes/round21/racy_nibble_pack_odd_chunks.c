/* TRUTH: racy. Each packer handles CH = 3 input samples and ORs them into out[i / 2]; with an odd chunk size the boundary byte is shared: packer 0 writes out[1] for i = 2 and packer 1 writes out[1] for i = 3 ('out[i / 2] |= ...'), two unlocked read-modify-writes of out[1] in concurrent threads. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define CH 3
#define NP 4
#define NS (CH * NP)

static unsigned char samples[NS];
static unsigned char out[(NS + 1) / 2];

static void *packer(void *arg)
{
    int id = (int)(long)arg;
    int lo = id * CH;

    for (int i = lo; i < lo + CH; i++) {
        unsigned char nib = samples[i] & 0x0f;
        if (i % 2)
            out[i / 2] |= (unsigned char)(nib << 4);
        else
            out[i / 2] |= nib;
    }
    return NULL;
}

static unsigned checksum(const unsigned char *p, size_t n)
{
    unsigned c = 0;
    for (size_t i = 0; i < n; i++)
        c = c * 31 + p[i];
    return c;
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
    pthread_t t[NP];
    for (int i = 0; i < NS; i++)
        samples[i] = (unsigned char)(i * 5 + 1);
    memset(out, 0, sizeof out);
    for (long i = 0; i < NP; i++)
        if (pthread_create(&t[i], NULL, packer, (void *)i) != 0)
            return 1;
    for (int i = 0; i < NP; i++)
        pthread_join(t[i], NULL);
    printf("%u\n", checksum(out, sizeof out));
    return 0;
}
