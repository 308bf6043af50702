/* TRUTH: free — main writes config (from argc) before creating the readers (create orders it); afterwards config is only read by the threads and main. */
#include <pthread.h>
#include <stdio.h>

struct config { int verbose; int width; };
static struct config config;

static void *reader(void *arg)
{
    int *res = arg;
    *res = config.width * (config.verbose ? 2 : 1);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    config.verbose = argc > 1;
    config.width = 80;
    int r[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, reader, &r[i]);
    printf("width %d\n", config.width);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", r[0], r[1]);
    return 0;
}
