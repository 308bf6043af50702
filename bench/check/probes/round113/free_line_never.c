/* TRUTH: free — main's start stores 4 then 5 before the create: the worker sees 5 and never writes x */
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
    g = 5;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
