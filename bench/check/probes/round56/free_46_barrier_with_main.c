/* TRUTH: free — main participates in the 3-party barrier: it writes `params` before the barrier, workers read params only after it; workers write out[id] and main reads out[] after the joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t start;
static int params[2];
static int out[2];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    pthread_barrier_wait(&start);
    out[id] = params[0] * (id + 1) + params[1];
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_barrier_init(&start, NULL, 3);
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    params[0] = argc;
    params[1] = 5;
    pthread_barrier_wait(&start);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&start);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
