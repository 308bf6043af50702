/* TRUTH: racy — argc is 1: the && in the if condition never stores 5, the worker sees 4 and writes x with main */
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
    if (argc > 1 && (g = 5))
        puts("many");
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
