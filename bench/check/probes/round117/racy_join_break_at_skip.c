/* TRUTH: racy — the join loop breaks at index `skip` (= N-1 at run time), leaving the last worker running while main reads count */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int count;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        usleep(20000);
    pthread_mutex_lock(&m);
    count++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(int argc, char **argv)
{
    int i;
    int skip = argc + N - 2;    /* N-1 when run without arguments */
    (void)argv;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (i = 0; i < N; i++) {
        if (i == skip)
            break;
        pthread_join(t[i], NULL);
    }
    printf("count %d\n", count);
    for (; i < N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
