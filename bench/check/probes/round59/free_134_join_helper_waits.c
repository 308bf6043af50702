/* TRUTH: free — start() creates the worker and finish(h, 1) joins it before main reads progress; create and join order the worker's writes relative to main's accesses. */
#include <pthread.h>
#include <stdio.h>

static int progress;

static void *crunch(void *a)
{
    (void)a;
    for (int i = 0; i <= 100; i += 10)
        progress = i;
    return NULL;
}

static pthread_t start(void *(*fn)(void *), void *arg)
{
    pthread_t h;
    pthread_create(&h, NULL, fn, arg);
    return h;
}

static void finish(pthread_t h, int wait)
{
    if (wait)
        pthread_join(h, NULL);
    else
        pthread_detach(h);
}

int main(void)
{
    pthread_t h = start(crunch, NULL);
    finish(h, 1);
    printf("%d\n", progress);
    return 0;
}
