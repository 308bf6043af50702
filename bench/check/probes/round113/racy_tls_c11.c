/* TRUTH: racy — _Thread_local g: the worker's copy is still 7 (main stored 5 into its own), so it writes x with main */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int g = 7;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g != 5)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    g = 5;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
