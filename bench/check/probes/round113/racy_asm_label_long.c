/* TRUTH: racy — gl is g's symbol seen as a long (asm label; little-endian): gl = 4 after g = 5 leaves g at 4, the worker writes x with main */
#include <pthread.h>
#include <stdio.h>

int g[2];
extern long gl __asm__("g");
extern int g0 __asm__("g");
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g0 == 4)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    g0 = 5;
    gl = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
