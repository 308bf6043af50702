/* TRUTH: racy — gu is g's symbol seen as a union (asm label): gu.v = 4 after g = 5 leaves g at 4, the worker writes x with main */
#include <pthread.h>
#include <stdio.h>

union view { int v; unsigned u; };
int g;
extern union view gu __asm__("g");
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
    gu.u = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
