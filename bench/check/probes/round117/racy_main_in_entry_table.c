/* TRUTH: racy — main is stored in a command table; the worker calls it through the table (argc 2) and writes mode while the outer main writes mode */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int mode;

int main(int argc, char **argv);

struct command { const char *name; int (*fn)(int, char **); };
static const struct command commands[] = { { "self", main } };

static void *worker(void *arg)
{
    (void)arg;
    usleep(2000);
    commands[0].fn(2, NULL);
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t;
    (void)argv;
    if (argc > 1) {
        mode = 2;
        return 0;
    }
    pthread_create(&t, NULL, worker, NULL);
    mode = 1;
    usleep(10000);
    pthread_join(t, NULL);
    printf("%d\n", mode);
    return 0;
}
