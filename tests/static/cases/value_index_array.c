// Each thread of a create loop reads its index out of the element it was handed (ids[i] = i
// before pthread_create(..., &ids[i])): each writes its own element of out, and main reads
// them after joining all.
#include <pthread.h>
#include <stdio.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    out[id] = id * id; // NORACE: each thread its own id
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0] + out[N - 1]);
    return 0;
}
