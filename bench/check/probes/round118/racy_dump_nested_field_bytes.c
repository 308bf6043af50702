/* TRUTH: racy — the stats thread dumps d->rx byte-wise (d from a void* field) while main writes gdev.rx.r.tail, a member two levels inside that field */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <unistd.h>

static unsigned dump(const void *p, size_t n)
{
    const unsigned char *b = p;
    unsigned s = 0;
    for (size_t i = 0; i < n; i++)
        s = s * 31 + b[i];
    return s;
}

struct ring { unsigned head, tail; };
struct queue { struct ring r; int n; };
struct dev { int id; struct queue rx; };
static struct dev gdev;

struct ctx { void *priv; };

static void *stats(void *arg)
{
    struct ctx *c = arg;
    struct dev *d = c->priv;
    unsigned s = 0;
    for (int i = 0; i < 40; i++) {
        s ^= dump(&d->rx, sizeof d->rx);
        usleep(250);
    }
    printf("%u\n", s);
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct ctx c = { &gdev };
    pthread_create(&t, NULL, stats, &c);
    for (int i = 0; i < 40; i++) {
        gdev.rx.r.tail++;
        usleep(250);
    }
    pthread_join(t, NULL);
    return 0;
}
