/* TRUTH: racy — g = 5 inside __typeof__ is never evaluated: the worker sees 4 and writes x with main */
#include <pthread.h>
#include <stdio.h>

static int g;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 4)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    g = 4;
    __typeof__(g = 5) unused = 0;
    (void)unused;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
