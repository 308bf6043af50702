/* TRUTH: racy — extern __thread g: the worker's copy keeps 1 whatever main stores into its own */
#include <pthread.h>
#include <stdio.h>

__thread int g = 1;
extern __thread int g;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 1)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    g = 2;
    g = 9;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
