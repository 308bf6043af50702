/* TRUTH: free — sizeof of a VLA type evaluates its size g = 5: the worker sees 5, never 4 */
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
    size_t n = sizeof(char[(g = 5) + argc]);
    (void)n;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
