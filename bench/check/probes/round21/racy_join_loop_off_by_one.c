/* TRUTH: racy. NW hashers are created but the join loop runs 'i < nw - 1', leaving the last hasher unjoined; main then reads digest[NW-1] (and the combine loop reads every digest[i]) while the last hasher may still be executing 'digest[id] = h'. */
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>

#define NW 4
#define BLK 32

static unsigned char input[NW * BLK];
static uint32_t digest[NW];

static uint32_t fnv1a(const unsigned char *p, int n)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

static void *hasher(void *arg)
{
    int id = (int)(intptr_t)arg;
    uint32_t h = fnv1a(input + id * BLK, BLK);
    digest[id] = h;
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
    pthread_t t[NW];
    int nw = NW;
    uint32_t combined = 0;

    for (int i = 0; i < NW * BLK; i++)
        input[i] = (unsigned char)(i * 13);
    for (int i = 0; i < nw; i++)
        pthread_create(&t[i], NULL, hasher, (void *)(intptr_t)i);
    for (int i = 0; i < nw - 1; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < nw; i++)
        combined = combined * 31 + digest[i];
    printf("%08x\n", combined);
    return 0;
}
