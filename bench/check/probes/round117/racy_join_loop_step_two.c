/* TRUTH: racy — the join loop steps by 2, so the odd workers are still running when main reads hits */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 6
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id & 1)
        usleep(20000);
    pthread_mutex_lock(&m);
    hits++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (i = 0; i < N; i += 2)
        pthread_join(t[i], NULL);
    printf("hits %d\n", hits);
    for (i = 1; i < N; i += 2)
        pthread_join(t[i], NULL);
    return 0;
}
