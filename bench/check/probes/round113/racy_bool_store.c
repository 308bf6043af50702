/* TRUTH: racy — b = 2 stores true (1) into the _Bool: the worker's b == 1 holds and it writes x with main */
#include <pthread.h>
#include <stdio.h>

static _Bool b;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (b == 1)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    b = 2;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
