/* TRUTH: racy — the auditor checksums s->key byte by byte through a helper (s reached through 'void *priv') while main replaces the whole session struct with '=' */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static unsigned checksum(const void *p, size_t n)
{
    const unsigned char *b = p;
    unsigned s = 0;
    for (size_t i = 0; i < n; i++)
        s = s * 31 + b[i];
    return s;
}

struct key { uint32_t k[4]; int gen; };
struct sess { int id; struct key key; };
static struct sess gs = { 1, { { 1, 2, 3, 4 }, 1 } };

struct timer { void *priv; };

static void *auditor(void *arg)
{
    struct timer *tm = arg;
    struct sess *s = tm->priv;
    unsigned x = 0;
    for (int i = 0; i < 40; i++) {
        x ^= checksum(&s->key, sizeof s->key);
        usleep(300);
    }
    printf("%u\n", x);
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct timer tm = { &gs };
    pthread_create(&t, NULL, auditor, &tm);
    for (int i = 0; i < 40; i++) {
        struct sess fresh = { 2, { { 5, 6, 7, (uint32_t)i }, i } };
        gs = fresh;                     /* rekey */
        usleep(300);
    }
    pthread_join(t, NULL);
    return 0;
}
