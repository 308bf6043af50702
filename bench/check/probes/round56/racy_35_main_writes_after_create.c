/* TRUTH: racy — main sets limit = 20 after creating the worker that reads limit in its loop bound; main write vs worker read. */
#include <pthread.h>
#include <stdio.h>

static int limit = 10;
static int produced;

static void *worker(void *arg)
{
    (void)arg;
    int n = 0;
    for (int i = 0; i < limit; i++)
        n += i;
    produced = n;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    limit = 20;
    pthread_join(t, NULL);
    printf("%d\n", produced);
    return 0;
}
