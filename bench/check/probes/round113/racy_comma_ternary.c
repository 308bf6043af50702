/* TRUTH: racy — argc is 1: the comma expression in the untaken arm of ?: never stores 5 */
#include <pthread.h>
#include <stdio.h>

static int g, x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 4)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argv;
    g = 4;
    argc == 1 ? (void)0 : (void)(g = 5, g = 6);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
