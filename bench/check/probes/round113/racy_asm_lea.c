/* TRUTH: racy — asm hands main g's address without &: *p = 4 after g = 5 leaves 4, the worker writes x with main */
#include <pthread.h>
#include <stdio.h>

int g;
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
    int *p;
    __asm__("leaq g(%%rip), %0" : "=r"(p));
    g = 5;
    *p = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
