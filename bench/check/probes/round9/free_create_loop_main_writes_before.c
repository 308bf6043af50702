/* TRUTH: free. main finishes all writes of config before the creation loop; workers only read it, and main reads seen only after joining. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int config;
static int seen[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    seen[id] = config + id;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++)
        ids[i] = i;
    config = 40;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", config, seen[2]);
    return 0;
}
