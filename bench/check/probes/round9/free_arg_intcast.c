/* TRUTH: free. Ids are passed as casted integers and worker i writes only out[i]; main reads after joining. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    intptr_t id = (intptr_t)arg;
    out[id] = (int)(id * 10);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", out[0], out[3]);
    return 0;
}
