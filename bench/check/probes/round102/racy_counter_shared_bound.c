/* TRUTH: racy — the worker's loop runs limit (=2, set before start) times, so i is 2, the exit is not taken and both threads write hits unlocked */
#include <pthread.h>
#include <stdio.h>

static int limit;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    int i;
    for (i = 0; i < limit; i++)
        ;
    if (i == 3)
        pthread_exit(NULL);
    hits++;
    return NULL;
}

int main(void)
{
    limit = 2;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
