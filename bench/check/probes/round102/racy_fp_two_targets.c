/* TRUTH: racy — cb is set to count_zero (which writes hits when given 0) by main before the worker calls cb(0); worker and main write hits unlocked */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void count_nonzero(int v)
{
    if (v)
        hits++;
}
static void count_zero(int v)
{
    if (!v)
        hits++;
}
static void (*cb)(int) = count_nonzero;

static void *worker(void *arg)
{
    (void)arg;
    cb(0);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    if (argc > 0)
        cb = count_zero;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
