/* TRUTH: racy — the join of t[N-1] happens only with a command-line argument; run without one, worker N-1 still writes total while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        usleep(20000);
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(int argc, char **argv)
{
    long i;
    (void)argv;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    if (argc > 1)
        pthread_join(t[N - 1], NULL);    /* "--wait" */
    printf("total %ld\n", total);
    if (argc <= 1)
        pthread_join(t[N - 1], NULL);
    return 0;
}
