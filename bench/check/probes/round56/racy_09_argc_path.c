/* TRUTH: racy — when argc > 1 (verbose), main writes `mode` after creating the worker and before joining, while the worker reads mode; main vs worker on that path. */
#include <pthread.h>
#include <stdio.h>

static int mode;
static int out;

static void *worker(void *arg)
{
    (void)arg;
    out = (mode == 2) ? 100 : 1;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    mode = 1;
    pthread_create(&t, NULL, worker, NULL);
    if (argc > 1)
        mode = 2;
    pthread_join(t, NULL);
    printf("%d\n", out);
    return 0;
}
