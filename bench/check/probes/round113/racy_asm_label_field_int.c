/* TRUTH: racy — gb is pair.a under an int name (asm label): main's pair.a = 4 after gb = 5 leaves gb at 4, the worker writes x with main */
#include <pthread.h>
#include <stdio.h>

struct { int a, b; } pair;
extern int gb __asm__("pair");
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (gb == 4)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    gb = 5;
    pair.a = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
