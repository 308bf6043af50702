/* TRUTH: racy — gs is an alias of g typed as a struct: gs.v = 4 after g = 5 leaves g at 4, the worker writes x with main */
#include <pthread.h>
#include <stdio.h>

struct view { int v; };
int g;
extern struct view gs __attribute__((alias("g")));
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
    g = 5;
    gs.v = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
