/* Racy: main adjusts settings.offset AFTER the threads have been created (a late
   "--offset" option), so that write races with the workers' reads of settings.offset. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NT 3

struct settings { int scale; int offset; char tag[8]; };

static struct settings settings;
static int lookup[16];
static int out[NT];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int acc = 0;
    for (int i = 0; i < 16; i++)
        acc += lookup[i] * settings.scale + settings.offset;
    out[id] = acc + settings.tag[0];
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t[NT];
    (void)argv;
    settings.scale = argc + 1;
    strcpy(settings.tag, "run");
    for (int i = 0; i < 16; i++)
        lookup[i] = i * settings.scale;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    settings.offset = 3;             /* BUG: written after the threads started */
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d scale=%d\n", out[0], out[1], out[2], settings.scale);
    return 0;
}
