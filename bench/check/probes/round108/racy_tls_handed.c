/* TRUTH: racy — main hands its own copy of the thread-local slot[] to the worker and writes slot[1] while the worker writes p[1] */
#include <pthread.h>
#include <stdio.h>

static __thread int slot[4];

static void *worker(void *arg)
{
    int *p = arg;
    p[1] = 5;
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, slot);
    slot[1] = 7;
    pthread_join(t, 0);
    printf("%d\n", slot[1]);
    return 0;
}
