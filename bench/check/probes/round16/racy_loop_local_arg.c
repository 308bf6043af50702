// racy: every worker gets the address of the same loop variable, which main overwrites in the next iteration while earlier workers read it.
#include <pthread.h>
#include <stdio.h>
#define N 4
static int seen[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    if (id >= 0 && id < N)
        seen[id] = 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int id;
    for (id = 0; id < N; id++)
        pthread_create(&t[id], NULL, worker, &id);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
