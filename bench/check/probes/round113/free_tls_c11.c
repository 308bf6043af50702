/* TRUTH: free — _Thread_local g: main's g = 3 sets only main's copy; the worker's is 0 and never 3 */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int g;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 3)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    g = 3;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
