/* TRUTH: racy — asprintf with "%s=%d%n" writes keylen, which the stats thread reads concurrently */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int keylen;

static void *stats(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += keylen;
        usleep(100);
    }
    return NULL;
}

static void *builder(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        char *s = NULL;
        if (asprintf(&s, "%s=%d%n", "timeout", i, &keylen) >= 0)
            free(s);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, stats, &acc);
    pthread_create(&b, NULL, builder, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
