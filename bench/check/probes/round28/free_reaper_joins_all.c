/* TRUTH: race-free. Main starts all workers, then a reaper that joins every one of them;
   main joins the reaper before reading results, so every worker's write happens before.
   Workers write distinct elements. */
#include <pthread.h>
#include <stdio.h>

#define N 3

static pthread_t workers[N];
static int results[N];

static void *work(void *arg)
{
    long id = (long)arg;
    results[id] = (int)(id * id);
    return NULL;
}

static void *reaper(void *arg)
{
    (void)arg;
    for (int i = 0; i < N; i++)
        pthread_join(workers[i], NULL);
    return NULL;
}

int main(void)
{
    pthread_t r;
    for (long i = 0; i < N; i++)
        pthread_create(&workers[i], NULL, work, (void *)i);
    pthread_create(&r, NULL, reaper, NULL);
    pthread_join(r, NULL);
    printf("%d\n", results[N - 1]);
    return 0;
}
