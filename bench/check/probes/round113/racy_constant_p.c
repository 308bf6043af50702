/* TRUTH: racy — __builtin_constant_p does not evaluate its operand: g = 5 never runs; the worker sees 4 and writes x with main */
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
    int n = __builtin_constant_p(g = 5);
    (void)n;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
