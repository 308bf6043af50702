/* TRUTH: free — the program is run without arguments, so argc > 5 is false and the worker is never started */
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
    pthread_t t;
    g = 4;
    if (argc > 5)
        pthread_create(&t, 0, worker, 0);
    x++;
    if (argc > 5)
        pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
