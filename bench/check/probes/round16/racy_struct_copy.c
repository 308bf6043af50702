// racy: the snapshot thread copies the whole settings struct while the tuner writes one field.
#include <pthread.h>
#include <stdio.h>

struct settings { int rate; int depth; };
static struct settings live_settings = { 10, 2 };

static void *snapshot(void *arg)
{
    struct settings copy = live_settings;
    printf("%d %d\n", copy.rate, copy.depth);
    return NULL;
}

static void *tuner(void *arg)
{
    live_settings.depth = 4;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, snapshot, NULL);
    pthread_create(&b, NULL, tuner, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
