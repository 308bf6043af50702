/* TRUTH: racy. The refcount is a plain int: the three user threads (and main's buf_put) all do --b->refs on the same heap object concurrently (write/write); b->refs++ in main also races with users already started. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct buffer {
    int refs;
    int len;
    char data[32];
};

static long checks[3];

static struct buffer *buf_get(struct buffer *b)
{
    b->refs++;
    return b;
}

static void buf_put(struct buffer *b)
{
    if (--b->refs == 0)
        free(b);
}

struct targ {
    int id;
    struct buffer *b;
};

static void *user(void *p)
{
    struct targ *a = p;
    long s = 0;
    for (int i = 0; i < a->b->len; i++)
        s += a->b->data[i];
    checks[a->id] = s;
    buf_put(a->b);
    return NULL;
}

int main(void)
{
    struct buffer *b = malloc(sizeof *b);
    if (!b)
        return 1;
    b->refs = 1;
    b->len = 16;
    for (int i = 0; i < 32; i++)
        b->data[i] = (char)i;
    pthread_t th[3];
    struct targ args[3];
    for (int i = 0; i < 3; i++) {
        args[i].id = i;
        args[i].b = buf_get(b);
        pthread_create(&th[i], NULL, user, &args[i]);
    }
    buf_put(b);
    for (int i = 0; i < 3; i++)
        pthread_join(th[i], NULL);
    printf("%ld %ld %ld\n", checks[0], checks[1], checks[2]);
    return 0;
}
