/* TRUTH: free — the worker is handed NULL, so it returns before its g == 4 test and never writes x */
#include <pthread.h>
#include <stdio.h>

static int g, x;

static void *worker(void *arg)
{
    if (!arg)
        return 0;
    if (g == 4)
        x++;
    return 0;
}

int main(void)
{
    pthread_t t;
    g = 4;
    pthread_create(&t, 0, worker, NULL);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
