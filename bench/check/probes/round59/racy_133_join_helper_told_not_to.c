/* TRUTH: racy — finish(h, 0) returns without joining (the wait flag is 0), so main's read of progress is unordered with the worker's write of progress. */
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
    finish(h, 0);
    printf("%d\n", progress);
    return 0;
}
