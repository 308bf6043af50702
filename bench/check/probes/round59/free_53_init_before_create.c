/* TRUTH: free — main fills settings before pthread_create (create orders it before the threads' reads) and never writes settings afterwards; threads only read settings and write their own out[] slot. */
#include <pthread.h>
#include <stdio.h>

struct settings {
    int scale;
    int offset;
};

static struct settings settings;
static int out[2];

static void *apply(void *a)
{
    int i = (int)(long)a;
    out[i] = i * settings.scale + settings.offset;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    settings.scale = argc + 2;
    settings.offset = 7;
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, apply, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", out[0], out[1], settings.scale);
    return 0;
}
