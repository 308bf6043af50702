/* TRUTH: free — argc is 1: ?: stores 5 and never 4, so the worker never writes x */
#include <pthread.h>
#include <stdio.h>

static int g, x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 4)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argv;
    argc > 1 ? (g = 4) : (g = 5);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
