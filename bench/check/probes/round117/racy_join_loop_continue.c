/* TRUTH: racy — the join loop runs over the whole range but `continue` skips t[N-1], whose locked write of total races with main's unlocked read */
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

int main(void)
{
    long i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N; i++) {
        if (i == N - 1)
            continue;           /* "the last one is the logger, join it later" */
        pthread_join(t[i], NULL);
    }
    printf("total so far %ld\n", total);
    pthread_join(t[N - 1], NULL);
    return 0;
}
