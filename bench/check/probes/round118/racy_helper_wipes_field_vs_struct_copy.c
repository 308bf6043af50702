/* TRUTH: racy — the expirer wipes s->key byte by byte through a helper (s reached through 'void *priv') while main copies the whole session struct */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static void wipe(void *p, size_t n)
{
    unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        b[i] = 0;
}

struct key { uint32_t k[4]; int gen; };
struct sess { int id; struct key key; };
static struct sess gs = { 1, { { 1, 2, 3, 4 }, 1 } };

struct timer { void *priv; };

static void *expirer(void *arg)
{
    struct timer *tm = arg;
    struct sess *s = tm->priv;
    for (int i = 0; i < 40; i++) {
        wipe(&s->key, sizeof s->key);
        usleep(300);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct timer tm = { &gs };
    pthread_create(&t, NULL, expirer, &tm);
    int g = 0;
    for (int i = 0; i < 40; i++) {
        struct sess snap = gs;          /* snapshot for logging */
        g += snap.key.gen;
        usleep(300);
    }
    pthread_join(t, NULL);
    printf("%d\n", g);
    return 0;
}
