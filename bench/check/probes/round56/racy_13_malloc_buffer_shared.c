/* TRUTH: racy — both threads get the same malloc'd buffer and each writes buf[0] (header byte) unprotected; writer thread A vs writer thread B. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct task { char *buf; int tag; };

static void *stamp(void *arg)
{
    struct task *t = arg;
    t->buf[0] = (char)('A' + t->tag);
    for (int i = 1; i < 8; i++)
        t->buf[t->tag * 8 + i] = (char)('0' + i);
    return NULL;
}

int main(void)
{
    char *buf = calloc(17, 1);
    if (!buf)
        return 1;
    struct task ta = { buf, 0 }, tb = { buf, 1 };
    pthread_t a, b;
    pthread_create(&a, NULL, stamp, &ta);
    pthread_create(&b, NULL, stamp, &tb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%s\n", buf);
    free(buf);
    return 0;
}
