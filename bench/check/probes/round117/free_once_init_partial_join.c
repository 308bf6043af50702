/* TRUTH: free — every worker calls pthread_once, which returns only after init_table finished, so whichever worker ran it, joined worker 0 orders the write before main's read */
#include <pthread.h>
#include <stdio.h>

#define N 4
static pthread_t t[N];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table_ready;

static void init_table(void)
{
    table_ready = 42;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init_table);
    return NULL;
}

int main(void)
{
    long i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("ready %d\n", table_ready);
    pthread_join(t[N - 1], NULL);
    return 0;
}
