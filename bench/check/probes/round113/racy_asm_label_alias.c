/* TRUTH: racy — h is g under another name (asm label): main's last store h = 4 leaves g at 4, the worker writes x with main */
#include <pthread.h>
#include <stdio.h>

int g;
extern int h __asm__("g");
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
    h = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
