/* TRUTH: race-free. crc_table[] is written only inside make_table(), run exactly once through the static pthread_once object; every reader calls crc32_buf(), which calls pthread_once first, so all reads of crc_table come after the initialization; per-thread results go to distinct out[] elements read by main after joins. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NT 3

static uint32_t crc_table[256];
static pthread_once_t crc_once = PTHREAD_ONCE_INIT;

static void make_table(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32_buf(const unsigned char *p, size_t n)
{
    pthread_once(&crc_once, make_table);
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++)
        c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

struct job {
    const char *text;
    uint32_t crc;
};

static struct job jobs[NT] = { { "alpha", 0 }, { "beta", 0 }, { "gamma", 0 } };

static void *hasher(void *arg)
{
    struct job *j = arg;
    j->crc = crc32_buf((const unsigned char *)j->text, strlen(j->text));
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
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, hasher, &jobs[i]);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++)
        printf("%s %08x\n", jobs[i].text, (unsigned)jobs[i].crc);
    return 0;
}
